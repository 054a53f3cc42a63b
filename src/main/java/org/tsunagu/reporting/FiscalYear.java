package org.tsunagu.reporting;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

/**
 * A 年度: 1 April to 31 March, named by the calendar year it starts in (2026年度 = 令和8年度 = 2026-04-01 to
 * 2027-03-31). Days are days in Japan.
 *
 * @param startYear the calendar year of 1 April
 */
public record FiscalYear(int startYear) {

	public FiscalYear {
		if (startYear < 2000 || startYear > 2200) {
			throw new IllegalArgumentException("Unlikely fiscal year: " + startYear);
		}
	}

	/** The 年度 a day belongs to. */
	public static FiscalYear of(LocalDate day) {
		return new FiscalYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
	}

	/** 1 April. */
	public LocalDate start() {
		return LocalDate.of(startYear, 4, 1);
	}

	/** 31 March of the next calendar year. */
	public LocalDate end() {
		return LocalDate.of(startYear + 1, 3, 31);
	}

	/** The day registry figures are taken on: the last day of the 年度, or today while it is running. */
	public LocalDate referenceDay(LocalDate today) {
		return today.isBefore(end()) ? (today.isBefore(start()) ? start() : today) : end();
	}

	/** 令和8年度. */
	public String wareki() {
		JapaneseDate date = JapaneseDate.from(start());
		JapaneseEra era = date.getEra();
		int year = date.get(ChronoField.YEAR_OF_ERA);
		String name = era == JapaneseEra.REIWA ? "令和" : era == JapaneseEra.HEISEI ? "平成" : era.toString();
		return name + (year == 1 ? "元" : String.valueOf(year)) + "年度";
	}

	/** 2026年度（令和8年度）. */
	public String label() {
		return startYear + "年度（" + wareki() + "）";
	}
}

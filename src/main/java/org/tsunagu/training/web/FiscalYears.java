package org.tsunagu.training.web;

import java.time.LocalDate;

import org.tsunagu.shared.JapaneseDates;

/** The 年度 runs from April to March: January 2027 belongs to 年度 2026. */
final class FiscalYears {

	private FiscalYears() {
	}

	static int of(LocalDate day) {
		return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
	}

	static int current() {
		return of(JapaneseDates.today());
	}
}

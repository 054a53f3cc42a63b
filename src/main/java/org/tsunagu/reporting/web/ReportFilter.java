package org.tsunagu.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.tsunagu.reporting.FiscalYear;

/**
 * The dashboard's filters as they come in the URL: {@code year} (the 年度 by its first calendar year) and
 * {@code region} (a 圏域 name, blank for all).
 */
final class ReportFilter {

	/** The center opened on 2022-04-01: no 年度 before it has figures. */
	static final int FIRST_YEAR = 2022;

	private ReportFilter() {
	}

	static FiscalYear year(@Nullable Integer year, LocalDate today) {
		FiscalYear current = FiscalYear.of(today);
		if (year == null) {
			return current;
		}
		if (year < FIRST_YEAR || year > current.startYear()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No figures for the fiscal year " + year);
		}
		return new FiscalYear(year);
	}

	/** The 年度 to choose from, newest first. */
	static List<FiscalYear> years(LocalDate today) {
		List<FiscalYear> years = new ArrayList<>();
		for (int year = FiscalYear.of(today).startYear(); year >= FIRST_YEAR; year--) {
			years.add(new FiscalYear(year));
		}
		return years;
	}

	static @Nullable String region(@Nullable String region) {
		return region == null || region.isBlank() ? null : region.strip();
	}
}

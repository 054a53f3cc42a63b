package org.tsunagu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class JapaneseDatesTests {

	private final JapaneseDates dates = new JapaneseDates();

	@Test
	void showsTheYoukouDateInWareki() {
		assertThat(dates.wareki(LocalDate.of(2025, 4, 1))).isEqualTo("令和7年4月1日");
	}

	@Test
	void callsTheFirstYearOfAnEraGannen() {
		assertThat(dates.wareki(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
		assertThat(dates.wareki(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
	}

	@Test
	void showsBothCalendarsForBirthDates() {
		assertThat(dates.both(LocalDate.of(2018, 12, 3))).isEqualTo("2018年12月3日（平成30年12月3日）");
	}

	@Test
	void showsStoredUtcTimesInJapanStandardTime() {
		Instant lateEveningUtc = Instant.parse("2025-03-31T15:30:00Z");

		assertThat(dates.dateTime(lateEveningUtc)).isEqualTo("2025年4月1日 0:30");
		assertThat(dates.isoMinutes(lateEveningUtc)).isEqualTo("2025-04-01 00:30");
	}

	@Test
	void showsNothingForMissingValues() {
		assertThat(dates.wareki(null)).isEmpty();
		assertThat(dates.dateTime(null)).isEmpty();
	}
}

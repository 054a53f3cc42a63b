package org.tsunagu.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.tsunagu.shared.RetainedRecords;
import org.tsunagu.testsupport.MutableClock;

/**
 * A record that ended on day D is kept for the whole period: with five years, a case closed on 2021-04-01 is due
 * from 2026-04-02 in Japan, whatever the UTC date is at that moment.
 */
class RetentionCutoffTests {

	static final LocalDate CLOSED_ON = LocalDate.of(2021, 4, 1);

	/** 2026-04-01 23:59:59 in Japan: the last second of the fifth anniversary. */
	static final Instant LAST_SECOND_OF_ANNIVERSARY = Instant.parse("2026-04-01T14:59:59Z");

	@Test
	void aCaseClosedFiveYearsAgoTodayIsNotDueYet() {
		MutableClock clock = new MutableClock(LAST_SECOND_OF_ANNIVERSARY);

		assertThat(isDue(CLOSED_ON, clock)).isFalse();
	}

	@Test
	void aCaseBecomesDueAtMidnightInJapanAfterTheAnniversary() {
		MutableClock clock = new MutableClock(LAST_SECOND_OF_ANNIVERSARY);
		clock.advance(Duration.ofSeconds(1));

		// 2026-04-01T15:00Z is still April 1st in UTC, but already April 2nd in Japan
		assertThat(isDue(CLOSED_ON, clock)).isTrue();
		assertThat(isDue(CLOSED_ON.plusDays(1), clock)).isFalse();
	}

	@Test
	void aKindWithoutPeriodIsNeverDue() {
		assertThat(RetentionCutoff.of(null, new MutableClock(LAST_SECOND_OF_ANNIVERSARY))).isEmpty();
	}

	@Test
	void rejectsAZeroOrNegativePeriod() {
		MutableClock clock = new MutableClock(LAST_SECOND_OF_ANNIVERSARY);

		assertThatThrownBy(() -> RetentionCutoff.of(Period.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RetentionCutoff.of(Period.ofYears(-1), clock))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** How the modules compare: a record is due when it ended before the cutoff day. */
	private static boolean isDue(LocalDate endedOn, MutableClock clock) {
		Instant cutoff = RetentionCutoff.of(Period.ofYears(5), clock).orElseThrow();
		return endedOn.isBefore(RetainedRecords.cutoffDay(cutoff));
	}
}

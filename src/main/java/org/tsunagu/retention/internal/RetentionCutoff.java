package org.tsunagu.retention.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tsunagu.shared.JapaneseDates;

/**
 * Turns a retention period into the cutoff handed to {@link org.tsunagu.shared.RetainedRecords#findDue}: the start
 * (in Japan) of the day that lies one period before today. A record that ended on day D is kept for the whole
 * period and is due from the day after D + period: closed on 2021-04-01 with {@code P5Y}, it is due on
 * 2026-04-02, not on 2026-04-01.
 */
final class RetentionCutoff {

	private RetentionCutoff() {
	}

	/** The cutoff for the period now, or empty when no period is set (the kind is never due). */
	static Optional<Instant> of(@Nullable Period period, Clock clock) {
		if (period == null) {
			return Optional.empty();
		}
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("A retention period must be positive, not " + period);
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), JapaneseDates.JST);
		return Optional.of(today.minus(period).atStartOfDay(JapaneseDates.JST).toInstant());
	}
}

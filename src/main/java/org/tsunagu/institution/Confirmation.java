package org.tsunagu.institution;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The rule for stale entries: information not confirmed with the institution for over a year (or never) is
 * flagged 「要確認」, because places, staff and accepted care change that often.
 */
public final class Confirmation {

	private Confirmation() {
	}

	/** Whether an entry last confirmed on the given day needs confirming again. */
	public static boolean isStale(@Nullable LocalDate lastConfirmedOn, LocalDate today) {
		return lastConfirmedOn == null || lastConfirmedOn.isBefore(today.minusYears(1));
	}

	/** The last confirmation day that still counts as current. */
	public static LocalDate staleBefore(LocalDate today) {
		return today.minusYears(1);
	}
}

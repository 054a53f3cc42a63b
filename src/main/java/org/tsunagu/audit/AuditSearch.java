package org.tsunagu.audit;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tsunagu.shared.JapaneseDates;

/**
 * What to look for in the audit log; every part is optional. Dates are days in Japan: {@code from} and
 * {@code to} both include their whole day in JST.
 *
 * @param actor part of the actor's name (case-insensitive)
 * @param action the action
 * @param targetType the kind of record, exactly
 * @param targetId the record's id or code, exactly
 * @param from the first day (JST)
 * @param to the last day (JST)
 */
public record AuditSearch(@Nullable String actor, @Nullable AuditAction action, @Nullable String targetType,
		@Nullable String targetId, @Nullable LocalDate from, @Nullable LocalDate to) {

	public AuditSearch {
		actor = blankToNull(actor);
		targetType = blankToNull(targetType);
		targetId = blankToNull(targetId);
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("The search range starts (" + from + ") after it ends (" + to + ")");
		}
	}

	/** Everything. */
	public static AuditSearch everything() {
		return new AuditSearch(null, null, null, null, null, null);
	}

	/** Whether the range is valid: {@code from} is not after {@code to}. */
	public static boolean isValidRange(@Nullable LocalDate from, @Nullable LocalDate to) {
		return from == null || to == null || !from.isAfter(to);
	}

	/** The first instant searched: midnight JST at the start of {@code from}. */
	public @Nullable Instant fromInstant() {
		return from == null ? null : from.atStartOfDay(JapaneseDates.JST).toInstant();
	}

	/** The first instant no longer searched: midnight JST after {@code to}. */
	public @Nullable Instant toInstantExclusive() {
		return to == null ? null : to.plusDays(1).atStartOfDay(JapaneseDates.JST).toInstant();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

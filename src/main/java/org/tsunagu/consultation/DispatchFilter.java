package org.tsunagu.consultation;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * The dispatch list's filters; a null field does not filter.
 *
 * @param supervisor part of the supervisor's name
 * @param month the month of the visit date
 * @param status the status
 * @param region the 圏域
 */
public record DispatchFilter(@Nullable String supervisor, @Nullable YearMonth month, @Nullable DispatchStatus status,
		@Nullable String region) {

	/** No filter. */
	public static DispatchFilter none() {
		return new DispatchFilter(null, null, null, null);
	}
}

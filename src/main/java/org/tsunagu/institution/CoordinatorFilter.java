package org.tsunagu.institution;

import org.jspecify.annotations.Nullable;

/**
 * What the roster is filtered by; every part is optional.
 *
 * @param region the coordinator's 圏域
 * @param municipalityCode a municipality they cover
 * @param activeOnly only those active now
 * @param text part of the name or フリガナ (kana-insensitive)
 */
public record CoordinatorFilter(@Nullable String region, @Nullable String municipalityCode, boolean activeOnly,
		@Nullable String text) {

	/** Everyone. */
	public static CoordinatorFilter none() {
		return new CoordinatorFilter(null, null, false, null);
	}
}

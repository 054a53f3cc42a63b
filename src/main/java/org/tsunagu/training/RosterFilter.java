package org.tsunagu.training;

import org.jspecify.annotations.Nullable;

/** Filters of the 修了者名簿; every field optional. {@code q} matches name or kana, kana-insensitive. */
public record RosterFilter(@Nullable String region, @Nullable OrganisationKind organisationKind,
		@Nullable CourseKind courseKind, @Nullable Integer fiscalYear, @Nullable String q) {

	/** No filter. */
	public static RosterFilter none() {
		return new RosterFilter(null, null, null, null, null);
	}
}

package org.tsunagu.consultation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The case list's filters; a null field does not filter.
 *
 * @param text words in the title
 * @param region the 圏域
 * @param status the status
 * @param priority the priority
 * @param owner the owner's user id
 * @param overdueOnly only open cases whose next contact is past due
 * @param openOnly only cases not closed
 */
public record CaseFilter(@Nullable String text, @Nullable String region, @Nullable CaseStatus status,
		@Nullable CasePriority priority, @Nullable UUID owner, boolean overdueOnly, boolean openOnly) {

	/** No filter at all. */
	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null, false, false);
	}
}

package org.tsunagu.consultation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A full-text search over cases (相談ケース) with its filters; a null field does not filter.
 *
 * @param text words, all of which must occur in the title or a timeline entry (as written, or — in kana — as
 *        read) or name the linked child; blank finds everything
 * @param from opened on or after this day
 * @param to opened on or before this day
 * @param region the 圏域
 * @param status the status
 * @param owner who handles it (the display name)
 * @param order the order of the results (null: relevance)
 */
public record CaseSearchQuery(@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable String region, @Nullable CaseStatus status, @Nullable String owner, SearchOrder order) {

	public CaseSearchQuery {
		order = order == null ? SearchOrder.RELEVANCE : order;
	}

	/** By relevance (newest first without words). */
	public CaseSearchQuery(@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String region, @Nullable CaseStatus status, @Nullable String owner) {
		this(text, from, to, region, status, owner, SearchOrder.RELEVANCE);
	}

	/** Words only, no other filter. */
	public static CaseSearchQuery text(@Nullable String text) {
		return new CaseSearchQuery(text, null, null, null, null, null);
	}
}

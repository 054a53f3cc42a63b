package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One case found by the full-text search.
 *
 * @param id the case's id
 * @param title the case's title
 * @param openedOn when it was opened
 * @param regionName the 圏域
 * @param status where it stands
 * @param priority how urgent it is
 * @param owner who handles it
 * @param nextContactDue the next contact planned, if any
 * @param excerpt the passage of the title or timeline the words matched (the title when none is marked)
 */
public record CaseSearchHit(UUID id, String title, LocalDate openedOn, String regionName, CaseStatus status,
		CasePriority priority, String owner, @Nullable LocalDate nextContactDue, SearchExcerpt excerpt) {
}

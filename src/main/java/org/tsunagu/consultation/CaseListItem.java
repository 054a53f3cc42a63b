package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a case list.
 *
 * @param id the case's id
 * @param title what the case is about
 * @param regionName the 圏域
 * @param ownerName who handles it
 * @param status where it stands
 * @param priority how urgent it is
 * @param nextContactDue when the next contact is due
 * @param overdue whether it is open and the next contact is past due (today in Japan)
 * @param closeRequested whether closing waits for the センター長's approval
 * @param handoverRegion the 圏域 it is being handed to, if any
 * @param openedOn when it was opened
 */
public record CaseListItem(UUID id, String title, String regionName, String ownerName, CaseStatus status,
		CasePriority priority, @Nullable LocalDate nextContactDue, boolean overdue, boolean closeRequested,
		@Nullable String handoverRegion, LocalDate openedOn) {
}

package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One case as its page and the API show it.
 *
 * @param id the case's id
 * @param version the version, for optimistic locking
 * @param consultationId the consultation it was opened from
 * @param title what the case is about
 * @param regionName the 圏域
 * @param childId the linked registry child, if any
 * @param ownerId who handles it
 * @param ownerName the owner's name
 * @param status where it stands
 * @param priority how urgent it is
 * @param nextContactDue when the next contact is due
 * @param overdue whether it is open and the next contact is past due (today in Japan)
 * @param closeRequested whether closing waits for the センター長's approval
 * @param handoverRegion the 圏域 it is being handed to, if any
 * @param openedOn when it was opened
 * @param closedOn when it was closed
 * @param timeline contacts and events, newest first
 * @param tasks the tasks, open ones first
 * @param documents the attached documents
 */
public record CaseDetails(UUID id, long version, UUID consultationId, String title, String regionName,
		@Nullable UUID childId, UUID ownerId, String ownerName, CaseStatus status, CasePriority priority,
		@Nullable LocalDate nextContactDue, boolean overdue, boolean closeRequested, @Nullable String handoverRegion,
		LocalDate openedOn, @Nullable LocalDate closedOn, List<CaseEntryView> timeline, List<CaseTaskView> tasks,
		List<CaseDocumentView> documents) {
}

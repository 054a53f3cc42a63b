package org.tsunagu.council;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An action item with where it came from.
 *
 * @param id the item's id
 * @param version for optimistic locking
 * @param councilId the council
 * @param councilName the council's name
 * @param meetingId the meeting where it was decided
 * @param meetingTitle that meeting's title
 * @param agendaItemId the agenda item it came from
 * @param title what is to be done
 * @param owner who is responsible
 * @param dueOn by when
 * @param status where it stands
 * @param doneOn when it was done
 * @param overdue whether it is still open after its due date
 */
public record ActionView(UUID id, long version, UUID councilId, String councilName, UUID meetingId,
		String meetingTitle, UUID agendaItemId, String title, String owner, @Nullable LocalDate dueOn,
		ActionStatus status, @Nullable LocalDate doneOn, boolean overdue) {
}

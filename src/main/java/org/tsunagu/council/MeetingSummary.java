package org.tsunagu.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A meeting in a list.
 *
 * @param id the meeting's id
 * @param councilId its council
 * @param councilName its council's name
 * @param title the title
 * @param heldOn the day
 * @param startsAt start time
 * @param minutesStatus where the minutes stand
 * @param summaryPublished whether a public summary is published
 */
public record MeetingSummary(UUID id, UUID councilId, String councilName, String title, LocalDate heldOn,
		LocalTime startsAt, MinutesStatus minutesStatus, boolean summaryPublished) {
}

package org.tsunagu.council;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting's approved public summary, published for the public site.
 *
 * @param meetingId the meeting
 * @param councilName its council
 * @param title the meeting's title
 * @param heldOn the day
 * @param summary the published text
 */
public record PublishedSummary(UUID meetingId, String councilName, String title, LocalDate heldOn, String summary) {
}

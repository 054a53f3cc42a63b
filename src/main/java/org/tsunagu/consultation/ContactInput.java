package org.tsunagu.consultation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A contact (対応記録) to add to a case's timeline.
 *
 * @param occurredOn the day of the contact
 * @param channel how it went
 * @param counterpart with whom
 * @param content what was said or done
 * @param nextContactDue a new next-contact date, or null to keep the current one
 */
public record ContactInput(LocalDate occurredOn, ConsultationChannel channel, String counterpart, String content,
		@Nullable LocalDate nextContactDue) {
}

package org.tsunagu.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a case's timeline.
 *
 * @param id the entry's id
 * @param kind what it records
 * @param occurredOn the day it happened
 * @param channel how the contact went (contacts only)
 * @param counterpart with whom (contacts only)
 * @param content what was said or done
 * @param recordedBy who wrote it
 * @param recordedAt when it was written
 */
public record CaseEntryView(UUID id, CaseEntryKind kind, LocalDate occurredOn, @Nullable ConsultationChannel channel,
		@Nullable String counterpart, String content, String recordedBy, Instant recordedAt) {
}

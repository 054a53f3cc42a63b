package org.tsunagu.information;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the status board: a municipality, whether and when it answered, reminders sent.
 */
public record RespondentStatus(UUID id, String municipalityCode, String municipalityName, String regionName,
		@Nullable String contactEmail, @Nullable Instant answeredAt, @Nullable Instant remindedAt, int reminders) {

	public boolean answered() {
		return answeredAt != null;
	}
}

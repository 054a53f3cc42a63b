package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child found by the emergency access search: just enough to pick the right one.
 */
public record EmergencyAccessCandidate(UUID childId, String fullName, String fullNameKana, LocalDate birthDate,
		String municipalityName) {
}

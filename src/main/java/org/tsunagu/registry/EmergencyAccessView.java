package org.tsunagu.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an emergency access shows: the contents of the 緊急時情報シート and nothing more of the record (no
 * address details beyond the municipality, no services, school or consultations).
 *
 * @param expiresAt when the access ends (UTC)
 */
public record EmergencyAccessView(UUID childId, String fullName, String fullNameKana, LocalDate birthDate, Sex sex,
		String municipalityName, @Nullable String diagnoses, @Nullable String primaryDoctor,
		@Nullable String hospital, boolean meisRegistered, List<FamilyMemberInput> contacts,
		EmergencyInfoInput values, Instant expiresAt) {
}

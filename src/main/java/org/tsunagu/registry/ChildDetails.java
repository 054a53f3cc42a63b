package org.tsunagu.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One child's record as the child page and the API show it. Reading it is audited.
 */
public record ChildDetails(UUID id, long version, String familyName, String givenName, String familyNameKana,
		String givenNameKana, LocalDate birthDate, Sex sex, @Nullable String postalCode, @Nullable String address,
		String municipalityCode, String municipalityName, String regionName, @Nullable String diagnoses,
		@Nullable String icd10Code, @Nullable String primaryDoctor, @Nullable String hospital,
		@Nullable String servicesUsed, @Nullable String schoolStatus, @Nullable String schoolName,
		@Nullable String coordinatorName, boolean meisRegistered, ChildStatus status, @Nullable LocalDate statusDate,
		@Nullable String statusReason, List<FamilyMemberInput> family, @Nullable Instant updatedAt,
		@Nullable String updatedBy) {

	/** 見本 花子. */
	public String fullName() {
		return familyName + " " + givenName;
	}

	/** ミホン ハナコ. */
	public String fullNameKana() {
		return familyNameKana + " " + givenNameKana;
	}

	/** Age and 学齢 today. */
	public SchoolAge schoolAge(LocalDate today) {
		return SchoolAge.of(birthDate, today);
	}
}

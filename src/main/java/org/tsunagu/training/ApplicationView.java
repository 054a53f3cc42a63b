package org.tsunagu.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An application as staff see it, with the completion computed from attendance. */
public record ApplicationView(UUID id, long version, UUID offeringId, UUID personId, String referenceNumber,
		Instant appliedAt, String name, String kana, LocalDate birthDate, String organisation,
		OrganisationKind organisationKind, String job, String regionName, @Nullable String municipalityName,
		String email, @Nullable String phone, @Nullable String qualifications, @Nullable String recommendedBy,
		@Nullable String prerequisiteNote, ApplicationStatus status, @Nullable String statusReason,
		boolean completed, boolean lecturePartCompleted, @Nullable LocalDate completedOn,
		@Nullable String certificateNumber, @Nullable LocalDate certificateIssuedOn,
		@Nullable Instant coordinatorAddedAt) {
}

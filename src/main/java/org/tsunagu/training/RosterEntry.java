package org.tsunagu.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One completion in the 修了者名簿. */
public record RosterEntry(UUID applicationId, UUID personId, String name, String kana, String organisation,
		OrganisationKind organisationKind, String regionName, CourseKind courseKind, String offeringTitle,
		int fiscalYear, @Nullable LocalDate completedOn, @Nullable String certificateNumber,
		@Nullable Instant coordinatorAddedAt) {
}

package org.tsunagu.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tsunagu.training.ApplicationInput;
import org.tsunagu.training.OrganisationKind;

/** Fictional applicants for the domain stories. */
final class TrainingFixtures {

	static final UUID OFFERING = UUID.randomUUID();

	private TrainingFixtures() {
	}

	static ApplicationInput input(String name) {
		return new ApplicationInput(name, "ミホン", LocalDate.of(1985, 4, 1), "（架空）みほん訪問看護ステーション",
				OrganisationKind.VISITING_NURSING, "看護師", "202029", "sample@example.invalid", null, "看護師", null, null);
	}

	static TrainingApplication applicant(String name, Instant appliedAt) {
		return new TrainingApplication(OFFERING, UUID.randomUUID(), "TR26-" + name, appliedAt, input(name), "松本");
	}
}

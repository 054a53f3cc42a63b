package org.tsunagu.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person's training history across years, and other people who may be the same person (same name and
 * kana with another birth date, or the same e-mail) for staff to merge.
 */
public record PersonHistory(UUID id, long version, String name, String kana, LocalDate birthDate,
		@Nullable String email, List<Entry> entries, List<Candidate> possibleDuplicates) {

	/** One application of the person. */
	public record Entry(UUID applicationId, UUID offeringId, String offeringTitle, CourseKind courseKind,
			int fiscalYear, ApplicationStatus status, boolean completed, @Nullable String certificateNumber) {
	}

	/** Another person record that may be the same person. */
	public record Candidate(UUID id, String name, String kana, LocalDate birthDate, @Nullable String email) {
	}
}

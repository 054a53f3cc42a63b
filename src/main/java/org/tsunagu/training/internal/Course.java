package org.tsunagu.training.internal;

import org.jspecify.annotations.Nullable;
import org.tsunagu.shared.AuditedEntity;
import org.tsunagu.training.CourseInput;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.PrerequisitePart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A course (研修): its kind, what must be completed before it, and the completion rule — how many minutes of
 * lateness or early leave a session tolerates before it counts as missed.
 */
@Entity
@Table(name = "training_courses")
class Course extends AuditedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CourseKind kind = CourseKind.OWN;

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(length = 2000)
	private @Nullable String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "prerequisite_kind", length = 20)
	private @Nullable CourseKind prerequisiteKind;

	@Enumerated(EnumType.STRING)
	@Column(name = "prerequisite_part", length = 20)
	private @Nullable PrerequisitePart prerequisitePart;

	@Column(name = "late_threshold_minutes", nullable = false)
	private int lateThresholdMinutes;

	protected Course() {
	}

	Course(CourseInput input) {
		apply(input);
	}

	void apply(CourseInput input) {
		if (input.title() == null || input.title().isBlank()) {
			throw new IllegalArgumentException("A course needs a title");
		}
		if ((input.prerequisiteKind() == null) != (input.prerequisitePart() == null)) {
			throw new IllegalArgumentException("A prerequisite needs its part, and a part its prerequisite");
		}
		if (input.prerequisiteKind() == input.kind()) {
			throw new IllegalArgumentException("A course cannot require its own kind");
		}
		if (input.lateThresholdMinutes() < 0) {
			throw new IllegalArgumentException("The late threshold cannot be negative");
		}
		this.kind = input.kind();
		this.title = input.title().strip();
		this.description = input.description() == null || input.description().isBlank() ? null
				: input.description().strip();
		this.prerequisiteKind = input.prerequisiteKind();
		this.prerequisitePart = input.prerequisitePart();
		this.lateThresholdMinutes = input.lateThresholdMinutes();
	}

	CompletionRule completionRule() {
		return new CompletionRule(lateThresholdMinutes);
	}

	CourseKind getKind() {
		return kind;
	}

	String getTitle() {
		return title;
	}

	@Nullable String getDescription() {
		return description;
	}

	@Nullable CourseKind getPrerequisiteKind() {
		return prerequisiteKind;
	}

	@Nullable PrerequisitePart getPrerequisitePart() {
		return prerequisitePart;
	}

	int getLateThresholdMinutes() {
		return lateThresholdMinutes;
	}
}

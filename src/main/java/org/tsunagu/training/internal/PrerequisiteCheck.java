package org.tsunagu.training.internal;

import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.PrerequisitePart;

/**
 * Whether an applicant may take a course that requires another: the required course completed with the
 * center (or, where the lecture part is enough, all of its lecture modules), or a completion elsewhere that
 * the applicant declared for staff to verify.
 */
final class PrerequisiteCheck {

	/** One earlier application of the same person. */
	record Prior(CourseKind kind, boolean completed, boolean lecturePartCompleted) {
	}

	private PrerequisiteCheck() {
	}

	static boolean satisfied(@Nullable CourseKind required, @Nullable PrerequisitePart part,
			Collection<Prior> prior, @Nullable String declaredElsewhere) {
		if (required == null) {
			return true;
		}
		if (declaredElsewhere != null && !declaredElsewhere.isBlank()) {
			return true;
		}
		return prior.stream()
			.filter(earlier -> earlier.kind() == required)
			.anyMatch(earlier -> earlier.completed()
					|| part == PrerequisitePart.LECTURE_PART && earlier.lecturePartCompleted());
	}
}

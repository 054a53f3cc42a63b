package org.tsunagu.training;

import org.jspecify.annotations.Nullable;

/**
 * What staff enter for a course.
 *
 * @param kind the kind of course
 * @param title the course's name
 * @param description what the course is about
 * @param prerequisiteKind the kind of course an applicant must have completed first, if any
 * @param prerequisitePart how much of that course is enough (given exactly when a prerequisite is)
 * @param lateThresholdMinutes minutes of lateness or early leave in one session that still count as attended
 */
public record CourseInput(CourseKind kind, String title, @Nullable String description,
		@Nullable CourseKind prerequisiteKind, @Nullable PrerequisitePart prerequisitePart, int lateThresholdMinutes) {
}

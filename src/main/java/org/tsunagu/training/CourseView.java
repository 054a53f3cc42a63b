package org.tsunagu.training;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A course as screens and the API show it. */
public record CourseView(UUID id, long version, CourseKind kind, String title, @Nullable String description,
		@Nullable CourseKind prerequisiteKind, @Nullable PrerequisitePart prerequisitePart,
		int lateThresholdMinutes) {
}

package org.tsunagu.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An offering with its sessions and how full it is. */
public record OfferingView(UUID id, long version, UUID courseId, String courseTitle, CourseKind courseKind,
		@Nullable CourseKind prerequisiteKind,
		int fiscalYear, String title, int capacity, LocalDate applicationOpens, LocalDate applicationCloses,
		boolean recommendationRequired, @Nullable String instructors, @Nullable String note,
		List<SessionView> sessions, int acceptedCount, int waitlistedCount, int appliedCount) {

	/** Whether applications are taken on the given day. */
	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(applicationOpens) && !day.isAfter(applicationCloses);
	}

	/** Places still free. */
	public int freePlaces() {
		return Math.max(0, capacity - acceptedCount);
	}

	/** Total credited minutes of all sessions. */
	public int totalMinutes() {
		return sessions.stream().mapToInt(SessionView::minutes).sum();
	}
}

package org.tsunagu.training;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The attendance of every accepted participant at one session. */
public record AttendanceSheet(SessionView session, List<Row> rows) {

	/** One participant; {@code status} is null when nothing was recorded yet. */
	public record Row(UUID applicationId, long version, String name, String organisation,
			@Nullable AttendanceStatus status, int missedMinutes, boolean madeUp, boolean completed) {
	}
}

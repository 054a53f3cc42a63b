package org.tsunagu.training.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.training.AttendanceStatus;
import org.tsunagu.training.ModuleKind;

/**
 * When a participant has completed an offering: every session attended. A session counts as attended when
 * the participant was present, was late or left early by no more than the course's threshold, or made the
 * missed part up (補講・振替). The lecture part is complete when every 講義 session counts. Nobody ticks
 * completion by hand.
 *
 * @param lateThresholdMinutes minutes missed in one session that still count as attended
 */
record CompletionRule(int lateThresholdMinutes) {

	/** A session as the rule needs it. */
	record Slot(UUID sessionId, ModuleKind kind, LocalDate heldOn) {
	}

	/** A participant's attendance at one session. */
	record Mark(AttendanceStatus status, int missedMinutes, boolean madeUp) {
	}

	/** The outcome; {@code completedOn} is the day of the last session when completed. */
	record Completion(boolean completed, boolean lecturePartCompleted, @Nullable LocalDate completedOn) {
	}

	boolean counts(@Nullable Mark mark) {
		if (mark == null) {
			return false;
		}
		return switch (mark.status()) {
			case PRESENT -> true;
			case PARTIAL -> mark.missedMinutes() <= lateThresholdMinutes || mark.madeUp();
			case ABSENT -> mark.madeUp();
		};
	}

	Completion evaluate(Collection<Slot> slots, Map<UUID, Mark> marks) {
		boolean all = !slots.isEmpty() && slots.stream().allMatch(slot -> counts(marks.get(slot.sessionId())));
		List<Slot> lectures = slots.stream().filter(slot -> slot.kind() == ModuleKind.LECTURE).toList();
		boolean lecturePart = !lectures.isEmpty()
				&& lectures.stream().allMatch(slot -> counts(marks.get(slot.sessionId())));
		LocalDate last = all ? slots.stream().map(Slot::heldOn).max(Comparator.naturalOrder()).orElseThrow() : null;
		return new Completion(all, lecturePart, last);
	}
}

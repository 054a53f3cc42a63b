package org.tsunagu.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.training.AttendanceStatus;
import org.tsunagu.training.ModuleKind;

/**
 * A two-day course with a 30-minute tolerance: two lectures on day one, an exercise on day two. Completion
 * follows from attendance alone.
 */
class CompletionRuleTests {

	private final CompletionRule rule = new CompletionRule(30);

	private final CompletionRule.Slot lecture1 = slot(ModuleKind.LECTURE, 1);

	private final CompletionRule.Slot lecture2 = slot(ModuleKind.LECTURE, 1);

	private final CompletionRule.Slot exercise = slot(ModuleKind.EXERCISE, 2);

	private final List<CompletionRule.Slot> course = List.of(lecture1, lecture2, exercise);

	@Test
	void completesWhenEverySessionWasAttendedOnTheLastDay() {
		var completion = rule.evaluate(course, Map.of(lecture1.sessionId(), present(), lecture2.sessionId(), present(),
				exercise.sessionId(), present()));

		assertThat(completion.completed()).isTrue();
		assertThat(completion.lecturePartCompleted()).isTrue();
		assertThat(completion.completedOn()).isEqualTo(exercise.heldOn());
	}

	@Test
	void partialAttendanceIsNotACompletion() {
		var completion = rule.evaluate(course,
				Map.of(lecture1.sessionId(), present(), lecture2.sessionId(), present()));

		assertThat(completion.completed()).isFalse();
		assertThat(completion.completedOn()).isNull();
		assertThat(completion.lecturePartCompleted()).as("the lectures alone were all attended").isTrue();
	}

	@Test
	void lateArrivalWithinTheThresholdCountsAndBeyondItDoesNot() {
		var within = Map.of(lecture1.sessionId(), partial(30, false), lecture2.sessionId(), present(),
				exercise.sessionId(), present());
		var beyond = Map.of(lecture1.sessionId(), partial(31, false), lecture2.sessionId(), present(),
				exercise.sessionId(), present());

		assertThat(rule.evaluate(course, within).completed()).isTrue();
		assertThat(rule.evaluate(course, beyond).completed()).isFalse();
		assertThat(rule.evaluate(course, beyond).lecturePartCompleted()).isFalse();
	}

	@Test
	void aMadeUpAbsenceOrLateArrivalCounts() {
		var madeUp = Map.of(lecture1.sessionId(), partial(90, true), lecture2.sessionId(),
				new CompletionRule.Mark(AttendanceStatus.ABSENT, 0, true), exercise.sessionId(), present());

		assertThat(rule.evaluate(course, madeUp).completed()).isTrue();
	}

	@Test
	void anAbsenceThatWasNotMadeUpOrAnEmptyCourseIsNoCompletion() {
		var absent = Map.of(lecture1.sessionId(), present(), lecture2.sessionId(), present(), exercise.sessionId(),
				new CompletionRule.Mark(AttendanceStatus.ABSENT, 0, false));

		assertThat(rule.evaluate(course, absent).completed()).isFalse();
		assertThat(rule.evaluate(course, absent).lecturePartCompleted()).isTrue();
		assertThat(rule.evaluate(List.of(), Map.of()).completed()).isFalse();
	}

	private static CompletionRule.Slot slot(ModuleKind kind, int day) {
		return new CompletionRule.Slot(UUID.randomUUID(), kind, LocalDate.of(2026, 7, day));
	}

	private static CompletionRule.Mark present() {
		return new CompletionRule.Mark(AttendanceStatus.PRESENT, 0, false);
	}

	private static CompletionRule.Mark partial(int minutes, boolean madeUp) {
		return new CompletionRule.Mark(AttendanceStatus.PARTIAL, minutes, madeUp);
	}
}

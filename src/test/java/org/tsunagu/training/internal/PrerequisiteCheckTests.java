package org.tsunagu.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.PrerequisitePart;

/**
 * The coordinator course requires the supporter course or its lecture part; a course without a prerequisite
 * is open to all.
 */
class PrerequisiteCheckTests {

	@Test
	void aCourseWithoutPrerequisiteIsOpenToEveryone() {
		assertThat(PrerequisiteCheck.satisfied(null, null, List.of(), null)).isTrue();
	}

	@Test
	void theCompletedSupporterCourseOrItsLecturePartIsEnoughForTheCoordinatorCourse() {
		var completed = new PrerequisiteCheck.Prior(CourseKind.SUPPORTER, true, true);
		var lecturesOnly = new PrerequisiteCheck.Prior(CourseKind.SUPPORTER, false, true);

		assertThat(PrerequisiteCheck.satisfied(CourseKind.SUPPORTER, PrerequisitePart.LECTURE_PART, List.of(completed),
				null)).isTrue();
		assertThat(PrerequisiteCheck.satisfied(CourseKind.SUPPORTER, PrerequisitePart.LECTURE_PART,
				List.of(lecturesOnly), null)).isTrue();
		assertThat(PrerequisiteCheck.satisfied(CourseKind.SUPPORTER, PrerequisitePart.WHOLE_COURSE,
				List.of(lecturesOnly), null)).isFalse();
	}

	@Test
	void anotherKindOfCourseOrAnUnfinishedOneIsNotEnough() {
		var followUp = new PrerequisiteCheck.Prior(CourseKind.FOLLOW_UP, true, true);
		var unfinished = new PrerequisiteCheck.Prior(CourseKind.SUPPORTER, false, false);

		assertThat(PrerequisiteCheck.satisfied(CourseKind.SUPPORTER, PrerequisitePart.LECTURE_PART,
				List.of(followUp, unfinished), null)).isFalse();
		assertThat(PrerequisiteCheck.satisfied(CourseKind.SUPPORTER, PrerequisitePart.LECTURE_PART, List.of(), " "))
			.isFalse();
	}

	@Test
	void aCompletionElsewhereDeclaredByTheApplicantIsAcceptedForStaffToVerify() {
		assertThat(PrerequisiteCheck.satisfied(CourseKind.SUPPORTER, PrerequisitePart.LECTURE_PART, List.of(),
				"（架空）令和6年度 他県で修了")).isTrue();
	}
}

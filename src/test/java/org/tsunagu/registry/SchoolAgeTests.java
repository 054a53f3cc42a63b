package org.tsunagu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * 学齢: the school year starts on 1 April, and a child born on 1 April belongs to the year above.
 */
class SchoolAgeTests {

	private static final LocalDate SCHOOL_DAY = LocalDate.of(2026, 6, 1);

	@Test
	void childBornOnFirstAprilJoinsTheYearAbove() {
		SchoolAge aprilFirst = SchoolAge.of(LocalDate.of(2020, 4, 1), SCHOOL_DAY);
		SchoolAge aprilSecond = SchoolAge.of(LocalDate.of(2020, 4, 2), SCHOOL_DAY);

		assertThat(aprilFirst.grade()).isEqualTo(1);
		assertThat(aprilFirst.gradeKey()).isEqualTo("registry.grade.elementary");
		assertThat(aprilSecond.grade()).isEqualTo(0);
		assertThat(aprilSecond.gradeKey()).isEqualTo("registry.grade.preschool");
	}

	@Test
	void gradeChangesOnFirstAprilNotOnTheBirthday() {
		LocalDate birth = LocalDate.of(2017, 9, 10);

		assertThat(SchoolAge.of(birth, LocalDate.of(2027, 3, 31)).grade()).isEqualTo(3);
		assertThat(SchoolAge.of(birth, LocalDate.of(2027, 4, 1)).grade()).isEqualTo(4);
		assertThat(SchoolAge.of(birth, LocalDate.of(2027, 3, 31)).age()).isEqualTo(9);
	}

	@Test
	void namesTheStageAndTheYearWithinIt() {
		SchoolAge juniorHigh = SchoolAge.of(LocalDate.of(2012, 10, 1), SCHOOL_DAY);

		assertThat(juniorHigh.gradeKey()).isEqualTo("registry.grade.juniorHigh");
		assertThat(juniorHigh.yearInStage()).isEqualTo(2);
		assertThat(SchoolAge.of(LocalDate.of(2008, 5, 5), SCHOOL_DAY).gradeKey()).isEqualTo("registry.grade.highSchool");
		assertThat(SchoolAge.of(LocalDate.of(2007, 5, 5), SCHOOL_DAY).gradeKey()).isEqualTo("registry.grade.adult");
	}

	@Test
	void preschoolClassIsTheAgeOnFirstApril() {
		SchoolAge toddler = SchoolAge.of(LocalDate.of(2022, 12, 24), SCHOOL_DAY);

		assertThat(toddler.gradeKey()).isEqualTo("registry.grade.preschool");
		assertThat(toddler.yearInStage()).isEqualTo(3);
	}
}

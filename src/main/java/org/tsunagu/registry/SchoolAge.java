package org.tsunagu.registry;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age and 学齢 (school grade) of a child on a given day. A Japanese school year starts on 1 April, and by
 * law a person reaches an age the day before the birthday, so a child born on 1 April joins the year above
 * those born on 2 April.
 *
 * @param age the age in full years
 * @param grade 学年 relative to 小学1年 = 1 (中1 = 7, 高3 = 12); 0 and below before school (年長 = 0,
 *     年中 = -1, 年少 = -2)
 */
public record SchoolAge(int age, int grade) {

	/** Age and grade on {@code day}. */
	public static SchoolAge of(LocalDate birthDate, LocalDate day) {
		int age = Period.between(birthDate, day).getYears();
		LocalDate schoolYearStart = LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, 4, 1);
		// By law an age is reached at the end of the birthday's eve, so a child born on 1 April has reached it
		// before 1 April: counting full years up to and including 1 April gives exactly that.
		int ageOnAprilFirst = Period.between(birthDate, schoolYearStart).getYears();
		return new SchoolAge(age, ageOnAprilFirst - 5);
	}

	/** The message key of the grade: {@code registry.grade.ELEMENTARY_3}, {@code registry.grade.PRESCHOOL_5} … */
	public String gradeKey() {
		if (grade >= 1 && grade <= 6) {
			return "registry.grade.elementary";
		}
		if (grade >= 7 && grade <= 9) {
			return "registry.grade.juniorHigh";
		}
		if (grade >= 10 && grade <= 12) {
			return "registry.grade.highSchool";
		}
		return grade > 12 ? "registry.grade.adult" : "registry.grade.preschool";
	}

	/** The year within the school stage: 3 for 小学3年, 2 for 中学2年; for preschool the age on 1 April. */
	public int yearInStage() {
		if (grade >= 1 && grade <= 6) {
			return grade;
		}
		if (grade >= 7 && grade <= 9) {
			return grade - 6;
		}
		if (grade >= 10 && grade <= 12) {
			return grade - 9;
		}
		return grade + 5;
	}
}

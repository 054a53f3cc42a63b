package org.tsunagu.training;

/** The kinds of course the center runs (要綱 第4-1(3)ウ). */
public enum CourseKind {

	/** 医療的ケア児等支援者養成研修 (national curriculum). */
	SUPPORTER,

	/** 医療的ケア児等コーディネーター養成研修 (national curriculum). */
	COORDINATOR,

	/** フォローアップ研修 for those who completed a course. */
	FOLLOW_UP,

	/** 独自研修: the center's own courses. */
	OWN
}

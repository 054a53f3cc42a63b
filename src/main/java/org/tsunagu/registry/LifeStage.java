package org.tsunagu.registry;

/**
 * A stage of a child's life where care and support change hands (ライフステージ).
 */
public enum LifeStage {

	/** NICU退院: discharge from the neonatal intensive care unit. */
	NICU_DISCHARGE,

	/** 在宅開始: care at home begins. */
	HOME_CARE_START,

	/** 就園: nursery or kindergarten. */
	NURSERY,

	/** 就学相談: the school consultation with the board of education, a year ahead of school. */
	SCHOOL_CONSULTATION,

	/** 就学: elementary school (or 特別支援学校 小学部) begins. */
	SCHOOL_ENTRY,

	/** 進学: junior high or high school begins. */
	PROGRESSION,

	/** 卒業・就労: leaving high school, into work or day activities. */
	GRADUATION_WORK,

	/** 成人期: the 18th birthday; adult services and medicine. */
	ADULTHOOD
}

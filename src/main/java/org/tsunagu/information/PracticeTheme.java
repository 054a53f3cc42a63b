package org.tsunagu.information;

/**
 * The theme of a good practice (好事例).
 */
public enum PracticeTheme {

	/** 就学: going to nursery, kindergarten and school. */
	SCHOOLING,

	/** 災害: disaster preparedness, power and evacuation. */
	DISASTER,

	/** レスパイト: short stays and rest for the family. */
	RESPITE,

	/** 移行期: the move from paediatric to adult services. */
	TRANSITION,

	/** 在宅生活: daily life at home, visiting services. */
	HOME_CARE,

	/** 連携: cooperation between agencies. */
	COOPERATION,

	/** その他. */
	OTHER
}

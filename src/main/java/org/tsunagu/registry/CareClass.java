package org.tsunagu.registry;

/**
 * 医療的ケア区分 of 児童発達支援・放課後等デイサービス, from the 判定スコア total. The thresholds are settings
 * ({@code tsunagu.registry.care-score}); the defaults are 3, 16 and 32 points.
 */
public enum CareClass {

	/** 区分なし: below 3 points, not counted as a 医療的ケア児 for the remuneration. */
	NONE,

	/** 区分1: 3 points or more. */
	CLASS_1,

	/** 区分2: 16 points or more. */
	CLASS_2,

	/** 区分3: 32 points or more. */
	CLASS_3;

	/** The message key of the 区分's name, e.g. {@code registry.careClass.CLASS_2}. */
	public String messageKey() {
		return "registry.careClass." + name();
	}
}

package org.tsunagu.institution;

/**
 * Whether an institution accepts a child who needs one 医療的ケア (判定スコア category).
 */
public enum Acceptance {

	/** 可: accepted. */
	ACCEPTS,

	/** 条件付き: accepted under conditions written in the notes. */
	CONDITIONAL,

	/** 不可: not accepted. */
	DECLINES;

	/** Whether a child needing the care may be placed here (with or without conditions). */
	public boolean isPossible() {
		return this != DECLINES;
	}
}

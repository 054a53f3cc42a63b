package org.tsunagu.information;

/**
 * Where work on a gap in the region's resources stands.
 */
public enum GapStatus {

	/** 未着手: found, nothing done yet. */
	OPEN,

	/** 対応中: actions are under way (talks with providers, a council's action). */
	IN_PROGRESS,

	/** 解消: the resource now exists. */
	RESOLVED
}

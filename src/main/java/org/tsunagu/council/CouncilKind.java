package org.tsunagu.council;

/**
 * The three kinds of council of the 実施要綱 (第4-2, 第4-3).
 */
public enum CouncilKind {

	/** 全県会議: the prefecture-wide 連携推進会議, held by the prefecture. */
	PREFECTURE,

	/** 圏域会議: the 連携推進会議 of one 障がい保健福祉圏域, held by its 保健福祉事務所. */
	REGION,

	/** 庁内連携会議: the prefecture's departments of the 別表, held as needed. */
	INTERNAL
}

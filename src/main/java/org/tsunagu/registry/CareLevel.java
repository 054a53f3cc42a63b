package org.tsunagu.registry;

/**
 * 見守りスコアの段階: how quickly staff must be able to respond when the care goes wrong. The physician chooses
 * it; which levels exist differs by row of the 判定スコア table.
 */
public enum CareLevel {

	/** 見守り高: a problem must be dealt with immediately. */
	HIGH,

	/** 見守り中: a response within about 15 minutes (人工呼吸器 only). */
	MID,

	/** 見守り低: any other case. */
	LOW
}

package org.tsunagu.consultation;

/**
 * What came of a referral (紹介・つなぎ).
 */
public enum ReferralResult {

	/** 受入: the institution took the child or family on. */
	ACCEPTED,

	/** 調整中: still being arranged. */
	ARRANGING,

	/** 不可: the institution cannot take them. */
	DECLINED
}

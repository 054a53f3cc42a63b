package org.tsunagu.registry;

/**
 * The outcome of a referral to the 移行期医療支援センター.
 */
public enum ReferralOutcome {

	/** 調整中: the center is arranging it. */
	PENDING,

	/** 受入: accepted. */
	ACCEPTED,

	/** 不可: declined. */
	DECLINED,

	/** その他: see the notes. */
	OTHER
}

package org.tsunagu.registry;

/**
 * The 移行期 checklist: what to prepare before a child moves to adult medicine and services.
 */
public enum TransitionTopic {

	/** 成人診療科の紹介先の検討. */
	ADULT_CARE_REFERRAL,

	/** 本人への病状説明. */
	CONDITION_EXPLAINED,

	/** 障害福祉サービスへの移行. */
	DISABILITY_SERVICES,

	/** 就労・日中活動の場. */
	DAYTIME_ACTIVITY,

	/** 成年後見等の検討. */
	GUARDIANSHIP
}

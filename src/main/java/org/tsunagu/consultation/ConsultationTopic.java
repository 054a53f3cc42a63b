package org.tsunagu.consultation;

/**
 * What a consultation was about; one consultation may touch several topics.
 */
public enum ConsultationTopic {

	/** 療養. */
	MEDICAL_CARE,

	/** 日常生活. */
	DAILY_LIFE,

	/** 就学・就園. */
	SCHOOLING,

	/** 公的手続・制度. */
	PUBLIC_SERVICES,

	/** 災害. */
	DISASTER,

	/** 移行期: from child to adult services. */
	TRANSITION,

	/** きょうだい・家族. */
	FAMILY,

	/** 就労. */
	EMPLOYMENT,

	/** その他. */
	OTHER
}

package org.tsunagu.consultation;

/**
 * How a consultation reached the center.
 */
public enum ConsultationChannel {

	/** 電話. */
	PHONE,

	/** メール. */
	EMAIL,

	/** 来所: the consulter came to the center. */
	VISIT,

	/** 訪問: staff went to the consulter. */
	HOME_VISIT,

	/** Web (the public form). */
	WEB,

	/** 文書: a letter or fax. */
	DOCUMENT,

	/** その他. */
	OTHER
}

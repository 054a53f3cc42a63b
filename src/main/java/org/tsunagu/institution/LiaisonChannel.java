package org.tsunagu.institution;

/**
 * How the center and an institution were in touch.
 */
public enum LiaisonChannel {

	/** 電話. */
	PHONE,

	/** メール. */
	EMAIL,

	/** FAX・文書. */
	DOCUMENT,

	/** 来所: the institution came to the center. */
	VISIT,

	/** 訪問: staff went to the institution. */
	OUTREACH,

	/** 会議・ケース会議. */
	MEETING,

	/** オンライン会議. */
	ONLINE,

	/** その他. */
	OTHER
}

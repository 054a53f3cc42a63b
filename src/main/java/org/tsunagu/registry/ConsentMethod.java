package org.tsunagu.registry;

/**
 * How a consent was given.
 */
public enum ConsentMethod {

	/** 書面: a signed form, kept on paper. */
	WRITTEN,

	/** 口頭: said in person or by phone, noted by the staff member who recorded it. */
	ORAL,

	/** 電子: given electronically (e-mail, online form). */
	ELECTRONIC
}

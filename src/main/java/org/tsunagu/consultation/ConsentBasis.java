package org.tsunagu.consultation;

/**
 * Why the center may pass the case on to an institution.
 */
public enum ConsentBasis {

	/** 台帳の同意: the registry child's effective consent to share with 関係機関 covers it. */
	REGISTRY_CONSENT,

	/** 口頭で確認: no registry child; the staff member confirmed the consent of the person or family. */
	CONFIRMED_BY_STAFF
}

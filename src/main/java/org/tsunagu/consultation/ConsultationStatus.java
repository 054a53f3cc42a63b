package org.tsunagu.consultation;

/**
 * Where a consultation stands.
 */
public enum ConsultationStatus {

	/** 受付: received, may still need follow-up. */
	RECEIVED,

	/** 対応済み: answered and closed; no further changes of status. */
	CLOSED
}

package org.tsunagu.consultation;

/**
 * Where a consultation stands.
 */
public enum ConsultationStatus {

	/** 未対応: arrived through the public web form; no staff member has taken it up yet. */
	UNANSWERED,

	/** 受付: received, may still need follow-up. */
	RECEIVED,

	/** 対応済み: answered and closed; no further changes of status. */
	CLOSED
}

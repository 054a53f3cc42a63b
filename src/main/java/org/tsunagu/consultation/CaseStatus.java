package org.tsunagu.consultation;

/**
 * Where a case (相談ケース) stands: 受付 → 対応中 → 経過観察 → 終結, and back to 対応中 when it is reopened.
 */
public enum CaseStatus {

	/** 受付: opened from a consultation, nobody has acted on it yet. */
	RECEIVED,

	/** 対応中: the owner is working on it. */
	IN_PROGRESS,

	/** 経過観察: nothing to do now, the owner checks in at the next-contact date. */
	MONITORING,

	/** 終結: closed (with the センター長's approval when the setting asks for it); may be reopened. */
	CLOSED;

	/** Whether the case still needs work (everything but 終結). */
	public boolean isOpen() {
		return this != CLOSED;
	}
}

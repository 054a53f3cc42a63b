package org.tsunagu.retention;

/**
 * Where an item of the retention review stands: 確認待ち → 承認 or 保留 → 処理済み, or 対象外 when the record is no
 * longer due (a case reopened) before it was disposed of.
 */
public enum ReviewStatus {

	/** 確認待ち: listed by the job, waits for the センター長. */
	PENDING,

	/** 承認: the センター長 approved disposal; the next run disposes of it if it is still due. */
	APPROVED,

	/** 保留: the センター長 holds it, with a reason; it stays until approved. */
	HELD,

	/** 処理済み: the record was anonymised or deleted; the summary is cleared. */
	DISPOSED,

	/** 対象外: the record is no longer due (reopened, re-enrolled or already gone); nothing was done to it. */
	LAPSED;

	/** Whether the item still waits for a decision or for disposal. */
	public boolean isActive() {
		return this == PENDING || this == APPROVED || this == HELD;
	}
}

package org.tsunagu.consultation;

/**
 * Where a supervisor dispatch (スーパーバイザー派遣) stands: 依頼 → 承認 → 派遣決定 → 実施 → フォロー済み, or 見送り.
 */
public enum DispatchStatus {

	/** 依頼受付: an institution asked; waits for the センター長. */
	REQUESTED,

	/** 承認: the センター長 approved; a supervisor and a date are still to be set. */
	APPROVED,

	/** 見送り: the センター長 declined, with a comment. */
	DECLINED,

	/** 派遣決定: the supervisor and the visit date are set. */
	SCHEDULED,

	/** 実施: the visit took place and the advice is recorded. */
	VISITED,

	/** フォロー済み: the follow-up after the visit is recorded; nothing more to do. */
	FOLLOWED_UP
}

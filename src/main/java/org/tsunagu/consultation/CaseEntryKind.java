package org.tsunagu.consultation;

/**
 * What a line of a case's timeline records: a contact (対応記録) or something that happened to the case.
 */
public enum CaseEntryKind {

	/** 対応記録: a contact with the family or an institution. */
	CONTACT,

	/** ケース開始: the case was opened from a consultation. */
	OPENED,

	/** 状況変更: the status changed. */
	STATUS_CHANGED,

	/** 担当変更: another owner took over, with the reason. */
	REASSIGNED,

	/** 終結申請: the owner asked to close. */
	CLOSE_REQUESTED,

	/** 終結承認: the センター長 approved closing (or closing needed no approval). */
	CLOSE_APPROVED,

	/** 差し戻し: the センター長 returned the close request with a comment. */
	CLOSE_RETURNED,

	/** 再開: a closed case was reopened. */
	REOPENED,

	/** 引継ぎ依頼: handed to another 圏域, waiting for its answer. */
	HANDOVER_REQUESTED,

	/** 引継ぎ受入: the other 圏域 took the case. */
	HANDOVER_ACCEPTED,

	/** 引継ぎ返却: the other 圏域 returned the hand-over. */
	HANDOVER_RETURNED,

	/** タスク: a task was added or done. */
	TASK,

	/** 資料: a document was added. */
	DOCUMENT,

	/** 紹介: the case was referred to an institution, or the referral's outcome came. */
	REFERRAL
}

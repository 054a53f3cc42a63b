package org.tsunagu.audit;

/**
 * What a user did, as recorded in the audit log.
 */
public enum AuditAction {

	/** 作成: a record was created. */
	CREATE,

	/** 更新: a record was changed. */
	UPDATE,

	/** 削除: a record was deleted (or soft-deleted, or retired). */
	DELETE,

	/** 閲覧: personal data of a child or a consultation was shown. */
	READ,

	/** 出力: data left the system as a file (CSV, Excel, PDF). */
	EXPORT,

	/** ログイン成功. */
	LOGIN_SUCCESS,

	/** ログイン失敗 (the name tried is recorded, never the password). */
	LOGIN_FAILURE,

	/** ログアウト. */
	LOGOUT
}

package org.tsunagu.council;

/**
 * Where the minutes (議事録) of a meeting stand: 下書き → 確認 → 承認.
 */
public enum MinutesStatus {

	/** 下書き: the secretariat is still writing; the text may change. */
	DRAFT,

	/** 確認済み: the text is fixed and waits for approval. */
	CHECKED,

	/** 承認済み: approved; members may read it and a public summary may be published. */
	APPROVED
}

package org.tsunagu.information;

/**
 * Where an article's working copy stands in 下書き → 確認 → 公開. Whether a version is on the public site is
 * told by its published revision, not by this status: a published article that is being edited again is a
 * 下書き while its last published version stays public.
 */
public enum ArticleStatus {

	/** 下書き: being written or changed. */
	DRAFT,

	/** 確認待ち: submitted for a check before publishing. */
	IN_REVIEW,

	/** 公開: the working copy is the published version. */
	PUBLISHED,

	/** 公開停止: taken off the public site; its versions are kept. */
	WITHDRAWN
}

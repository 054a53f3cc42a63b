package org.tsunagu.information;

/**
 * Where a regional survey stands.
 */
public enum SurveyStatus {

	/** 準備中: questions are being written; no links exist yet. */
	DRAFT,

	/** 回答受付中: links are out; answers can be given and changed until the deadline. */
	OPEN,

	/** 締切: no more answers; results are final. */
	CLOSED
}

package org.tsunagu.consultation;

/** The order of a full-text search's results. */
public enum SearchOrder {

	/**
	 * 関連度順 (the default): the closest match first (the words often and densely), newest first among equals.
	 * Without words there is nothing to rank: newest first.
	 */
	RELEVANCE,

	/** 新しい順: the latest received (a case: opened) first, however closely each matches. */
	NEWEST
}

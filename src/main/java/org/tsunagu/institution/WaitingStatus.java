package org.tsunagu.institution;

/**
 * Whether an institution can take a new child now.
 */
public enum WaitingStatus {

	/** 空きあり: places are free. */
	AVAILABLE,

	/** 要相談: ask first. */
	ASK,

	/** 待機あり: there is a waiting list. */
	WAITING_LIST,

	/** 受入停止: not taking anyone. */
	CLOSED
}

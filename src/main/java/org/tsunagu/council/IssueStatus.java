package org.tsunagu.council;

/**
 * Where a 地域課題 raised by a 圏域会議 stands on its way to the 全県会議 and back.
 */
public enum IssueStatus {

	/** 提起: raised by the 圏域; proposed for the 全県会議's next agenda. */
	RAISED,

	/** 議題化: put on the agenda of a 全県会議 meeting. */
	ON_AGENDA,

	/** 回答済み: the prefecture has answered; the 圏域 sees the answer. */
	ANSWERED
}

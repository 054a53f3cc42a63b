package org.tsunagu.council;

/**
 * Whether a member came to a meeting.
 */
public enum AttendanceStatus {

	/** 出席. */
	PRESENT,

	/** 欠席. */
	ABSENT,

	/** 代理出席: someone else came in the member's place (the proxy's name is recorded). */
	PROXY
}

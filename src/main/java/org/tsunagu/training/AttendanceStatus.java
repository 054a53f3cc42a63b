package org.tsunagu.training;

/** Attendance of one participant at one session. */
public enum AttendanceStatus {

	/** 出席. */
	PRESENT,

	/** 欠席. */
	ABSENT,

	/** 遅刻・早退: present, but missed some minutes. */
	PARTIAL
}

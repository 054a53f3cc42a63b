package org.tsunagu.training;

/** Where an application for an offering stands. */
public enum ApplicationStatus {

	/** 受付: received, not yet reviewed. */
	APPLIED,

	/** 受講決定: accepted, holds a place. */
	ACCEPTED,

	/** キャンセル待ち: waits for a place; moves up when an accepted applicant cancels. */
	WAITLISTED,

	/** 受講不可: declined, with a reason. */
	DECLINED,

	/** 取消: cancelled by the applicant or the center, with a reason. */
	CANCELLED
}

package org.tsunagu.registry;

/**
 * Where a stage on a child's timeline stands.
 */
public enum StageStatus {

	/** 済: the stage has happened (an actual date is recorded). */
	DONE,

	/** 予定: ahead, outside its lead time. */
	PLANNED,

	/** 期限間近: within its lead time; the handover needs preparing now. */
	DUE_SOON,

	/** 期限超過: its date has passed and nothing is recorded. */
	OVERDUE
}

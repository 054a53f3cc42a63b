package org.tsunagu.council;

/**
 * Where an action item (宿題事項) stands; it stays on the board across meetings until done.
 */
public enum ActionStatus {

	/** 未着手. */
	OPEN,

	/** 対応中. */
	IN_PROGRESS,

	/** 完了. */
	DONE;

	/** Whether the item still needs work. */
	public boolean isOpen() {
		return this != DONE;
	}
}

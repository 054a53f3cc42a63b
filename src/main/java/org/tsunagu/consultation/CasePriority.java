package org.tsunagu.consultation;

/**
 * How urgent a case is.
 */
public enum CasePriority {

	/** 高: act first (a child in danger, a deadline close). */
	HIGH,

	/** 中: the usual. */
	NORMAL,

	/** 低: no hurry. */
	LOW
}

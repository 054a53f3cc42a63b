package org.tsunagu.registry;

/**
 * Where a consent stands on a given day.
 */
public enum ConsentState {

	/** 有効: given, not expired, not withdrawn. */
	EFFECTIVE,

	/** 未開始: recorded with a date still to come. */
	NOT_YET_EFFECTIVE,

	/** 期限切れ: past its expiry date. */
	EXPIRED,

	/** 撤回: withdrawn by the family. */
	WITHDRAWN
}

package org.tsunagu.registry;

/**
 * Where a child stands in the registry.
 */
public enum ChildStatus {

	/** 在籍: supported by the center now. */
	ENROLLED,

	/** 転出: moved out of the prefecture. */
	MOVED_OUT,

	/** 18歳到達で移行: handed over to adult services (the center may still support them). */
	TRANSITIONED,

	/** 死亡. */
	DECEASED,

	/** その他 (the reason says what). */
	OTHER
}

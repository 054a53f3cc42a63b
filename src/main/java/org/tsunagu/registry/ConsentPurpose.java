package org.tsunagu.registry;

/**
 * What a family agreed to. Each purpose is a separate consent, given, expiring and withdrawn on its own.
 */
public enum ConsentPurpose {

	/** 台帳登録: the center may keep the child's record in the registry. */
	REGISTRY,

	/** 関係機関との共有: the record may be shared with a named organisation (or a kind of 関係機関). */
	SHARE_INSTITUTION,

	/** 県への統計提供: the child may be counted in the statistics given to the prefecture. */
	SHARE_PREFECTURE,

	/** センターからの連絡: the center may contact the family on its own initiative. */
	CONTACT
}

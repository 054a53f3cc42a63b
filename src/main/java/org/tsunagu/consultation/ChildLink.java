package org.tsunagu.consultation;

/**
 * Whether a consultation is about a child in the registry.
 */
public enum ChildLink {

	/** 登録児童: the child is in the registry and linked by id. */
	LINKED,

	/** 不明: the child is not (yet) identified. */
	UNKNOWN,

	/** 匿名: the consulter did not want to name the child. */
	ANONYMOUS
}

package org.tsunagu.registry;

/**
 * A child's sex as recorded by the family.
 */
public enum Sex {

	/** 男. */
	MALE,

	/** 女. */
	FEMALE,

	/** その他・回答しない. */
	UNSPECIFIED
}

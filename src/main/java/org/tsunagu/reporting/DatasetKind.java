package org.tsunagu.reporting;

/**
 * What the columns of a provided dataset are.
 */
public enum DatasetKind {

	/** Enrolled children by age band, with the row total (each child in one band). */
	AGE_BANDS,

	/** Enrolled children by 医療的ケア item (a child counts under each item; no row total). */
	CARE_ITEMS
}

package org.tsunagu.reporting;

/**
 * What the rows of a provided dataset are.
 */
public enum DatasetLevel {

	/** One row per 障がい保健福祉圏域. */
	REGION,

	/** One row per 市町村. */
	MUNICIPALITY
}

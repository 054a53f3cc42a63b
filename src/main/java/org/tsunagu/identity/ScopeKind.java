package org.tsunagu.identity;

/**
 * How far a user's access reaches.
 */
public enum ScopeKind {

	/** The whole prefecture. */
	ALL,

	/** One 障がい保健福祉圏域. */
	REGION,

	/** One outside organisation, and what is shared with it. */
	ORGANISATION
}

package org.tsunagu.audit;

/**
 * The tamper-evident chain over the audit log: each entry carries the SHA-256 of the previous entry's hash and
 * its own fields. Administrators verify it from the audit log screen; operators run the same check from the
 * command line ({@code java -jar tsunagu.jar --tsunagu.audit.verify-chain}).
 */
public interface AuditChain {

	/** Puts every committed entry that is not yet in the chain at its end; answers how many were sealed. */
	int sealPending();

	/** Recomputes the chain from the first entry and reports the first broken link, if any. */
	ChainVerification verify();
}

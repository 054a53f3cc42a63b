package org.tsunagu.consultation;

import java.util.UUID;

/**
 * Closing a case (with the センター長's approval when {@code tsunagu.consultation.close-approval-required}) and
 * handing it to another 圏域. Each step is recorded on the case's timeline and in the audit log; each method
 * throws {@link IllegalStateException} naming the current status when the step is not possible.
 */
public interface CaseApprovals {

	/**
	 * Asks to close the case; closes it at once when no approval is required.
	 *
	 * @return whether the case is now closed
	 */
	boolean requestClose(UUID id, long version, String comment);

	/** The センター長 approves the close request. */
	void approveClose(UUID id, long version, String comment);

	/** The センター長 returns the close request with a comment; the case stays open. */
	void returnClose(UUID id, long version, String comment);

	/** Reopens a closed case (対応中), with the reason. */
	void reopen(UUID id, long version, String reason);

	/** Hands the case to another 圏域, which accepts or returns it. */
	void handOver(UUID id, long version, String regionName, String reason);

	/** The receiving 圏域 accepts: the case moves there and the caller owns it. */
	void acceptHandover(UUID id, long version, String comment);

	/** The receiving 圏域 returns the hand-over with a comment; the case stays where it was. */
	void returnHandover(UUID id, long version, String comment);
}

package org.tsunagu.notification;

/** Where a mail in the outbox stands. */
public enum MailStatus {

	/** Waiting to be sent (first try or a retry after a failure). */
	PENDING,

	/** Accepted by the mail server. */
	SENT,

	/** Written to the log instead of sent, because no mail server is configured (demo, development). */
	LOGGED,

	/** Given up after the last retry; an administrator can send it again. */
	FAILED
}

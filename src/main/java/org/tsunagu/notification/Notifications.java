package org.tsunagu.notification;

/**
 * Sends e-mail. {@link #send(Mail)} writes the mail into the outbox within the caller's transaction; it is
 * delivered after the commit, retried when the mail server fails, and never delivered if the caller rolls back.
 * Without a mail server configured ({@code spring.mail.host}), mails are written to the log instead (demo).
 */
public interface Notifications {

	/**
	 * Queues the mail and answers its outbox id.
	 *
	 * @throws IllegalArgumentException if the template does not exist or does not start with a subject line
	 */
	java.util.UUID send(Mail mail);
}

package org.tsunagu.notification;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The administrators' view of the outbox: what was sent, what failed, and sending a failed mail again. */
public interface MailOutbox {

	/** The latest 200 mails, optionally of one status, newest first. */
	List<OutboxEntry> recent(@Nullable MailStatus status);

	/**
	 * Queues a failed mail again.
	 *
	 * @throws org.tsunagu.shared.RecordNotFoundException if there is no such mail
	 * @throws IllegalStateException if the mail has not failed
	 */
	void retry(UUID id);
}

package org.tsunagu.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mail in the outbox as administrators see it: the recipient masked and no body, since mails may hold
 * personal details.
 */
public record OutboxEntry(UUID id, String maskedRecipient, String template, String subject, MailStatus status,
		int attempts, @Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt) {
}

package org.tsunagu.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log as screens, the API and the CSV export show it.
 *
 * @param id the entry's id
 * @param occurredAt when it happened (UTC)
 * @param actor the user's login name, {@code system} for jobs, or {@code unverified:<name>} for a failed login
 * @param action what was done
 * @param targetType the kind of record, e.g. {@code UserAccount}
 * @param targetId the record's id or code, when there is one
 * @param detail a short, non-sensitive description
 * @param remoteAddress the client address of the request, when there was one
 */
public record AuditEntryView(UUID id, Instant occurredAt, String actor, AuditAction action, String targetType,
		@Nullable String targetId, @Nullable String detail, @Nullable String remoteAddress) {
}

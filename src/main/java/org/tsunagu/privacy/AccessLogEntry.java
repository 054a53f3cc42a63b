package org.tsunagu.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a child's 閲覧記録: who did what to which kind of record, when — as a family is shown it.
 *
 * @param occurredAt when (UTC)
 * @param actor who (login name)
 * @param action READ, CREATE, UPDATE, DELETE or EXPORT
 * @param targetType the kind of record, e.g. {@code Child}, {@code Consultation}
 * @param detail the short note of the entry (a purpose when one was given)
 */
public record AccessLogEntry(Instant occurredAt, String actor, String action, String targetType,
		@Nullable String detail) {
}

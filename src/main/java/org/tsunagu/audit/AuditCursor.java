package org.tsunagu.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the newest-first audit log goes on (keyset paging): after the entry that occurred at {@code occurredAt}
 * with {@code id}. Entries are ordered by time, newest first, then by id, so the next entries are the older
 * ones and those of the same instant with a larger id: none is repeated or skipped, however many share a
 * second. In a URL it reads {@code 2026-11-25T07:10:00.123456Z_<uuid>}: the instant in full (a millisecond
 * would skip entries of the same millisecond), then the id.
 *
 * @param occurredAt when the last entry shown happened
 * @param id the last entry's id
 */
public record AuditCursor(Instant occurredAt, UUID id) {

	private static final Pattern FORMAT = Pattern.compile(
			"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z)_([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})");

	/** The cursor after {@code entry}. */
	public static AuditCursor after(AuditEntryView entry) {
		return new AuditCursor(entry.occurredAt(), entry.id());
	}

	/** The cursor a URL carries, or empty when {@code text} is not one (never an exception). */
	public static Optional<AuditCursor> parse(String text) {
		Matcher matcher = FORMAT.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new AuditCursor(Instant.parse(matcher.group(1)), UUID.fromString(matcher.group(2))));
		}
		catch (DateTimeException | IllegalArgumentException notACursor) {
			return Optional.empty();
		}
	}

	/** The cursor as a URL carries it. */
	public String toParameter() {
		return occurredAt + "_" + id;
	}
}

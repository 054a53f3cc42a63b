package org.tsunagu.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stored answers to API writes sent with an {@code Idempotency-Key} (table
 * {@code shared_idempotent_requests}): reserved when the first request starts, completed with its response when
 * it succeeded, released when it failed, expired after {@link #LIFETIME}.
 */
class IdempotentRequests {

	static final Duration LIFETIME = Duration.ofHours(24);

	private static final Duration PURGE_EVERY = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

	IdempotentRequests(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The request stored under this user and key, unless it expired. */
	Optional<Stored> find(String user, String key) {
		return jdbc.query("""
				SELECT request_hash, status, location, content_type, body FROM shared_idempotent_requests
				WHERE username = ? AND idempotency_key = ? AND created_at >= ?""",
				(row, n) -> new Stored(row.getString(1), (Integer) row.getObject(2), row.getString(3),
						row.getString(4), row.getBytes(5)),
				user, key, Timestamp.from(cutoff()))
			.stream()
			.findFirst();
	}

	/**
	 * Claims the key for a request now starting.
	 *
	 * @return false when another request holds it already
	 */
	boolean reserve(String user, String key, String requestHash) {
		purgeExpired();
		jdbc.update("DELETE FROM shared_idempotent_requests WHERE username = ? AND idempotency_key = ? AND created_at < ?",
				user, key, Timestamp.from(cutoff()));
		try {
			jdbc.update("""
					INSERT INTO shared_idempotent_requests (username, idempotency_key, request_hash, created_at)
					VALUES (?, ?, ?, ?)""", user, key, requestHash, Timestamp.from(clock.instant()));
			return true;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
	}

	void complete(String user, String key, int status, @Nullable String location, @Nullable String contentType,
			byte[] body) {
		jdbc.update("""
				UPDATE shared_idempotent_requests SET status = ?, location = ?, content_type = ?, body = ?
				WHERE username = ? AND idempotency_key = ?""", status, location, contentType, body, user, key);
	}

	/** The request failed: the key may be used again (a corrected retry). */
	void release(String user, String key) {
		jdbc.update("DELETE FROM shared_idempotent_requests WHERE username = ? AND idempotency_key = ? AND status IS NULL",
				user, key);
	}

	private void purgeExpired() {
		Instant now = clock.instant();
		Instant last = lastPurge.get();
		if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
			jdbc.update("DELETE FROM shared_idempotent_requests WHERE created_at < ?", Timestamp.from(cutoff()));
		}
	}

	private Instant cutoff() {
		return clock.instant().minus(LIFETIME);
	}

	/** A stored request: {@code status} is null while it runs. */
	record Stored(String requestHash, @Nullable Integer status, @Nullable String location,
			@Nullable String contentType, byte @Nullable [] body) {

		boolean running() {
			return status == null;
		}
	}
}

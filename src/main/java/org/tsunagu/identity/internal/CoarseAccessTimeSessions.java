package org.tsunagu.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The session store as the session filter sees it, with the last access time kept to a resolution (a minute by
 * default). Spring Session marks a session changed whenever its last access time moves, which with JDBC is an
 * {@code UPDATE} of the session row on every request of every user — one write per page view for nothing but the
 * idle timeout. Here the time moves only once it lies the resolution or more behind the request, so a user
 * clicking through pages writes the row about once a minute; attribute changes, a new session id and a new idle
 * interval are saved as before. The price: a session ends up to the resolution earlier than its full idle
 * timeout (29 instead of 30 minutes after the last click at worst), which errs on the safe side.
 * <p>
 * Spring Session saves a session twice per request (when the response is committed, and again when its filter
 * finishes) and, having forgotten the session after the first save, reads it from the database once more only to
 * learn the id it already had (spring-session#1731). The session saved on this thread is handed back for that
 * second lookup instead; {@link #endOfRequest()}, called by {@link SessionLookupScope} around every request, makes
 * sure it is never handed to another request.
 */
final class CoarseAccessTimeSessions<S extends Session>
		implements SessionRepository<CoarseAccessTimeSessions.CoarseSession<S>> {

	/** The session this thread saved last in the current request, until the request ends. */
	private static final ThreadLocal<@Nullable CoarseSession<?>> SAVED = new ThreadLocal<>();

	private final SessionRepository<S> sessions;

	private final Duration resolution;

	CoarseAccessTimeSessions(SessionRepository<S> sessions, Duration resolution) {
		if (resolution.isNegative()) {
			throw new IllegalArgumentException("The access time resolution must not be negative: " + resolution);
		}
		this.sessions = sessions;
		this.resolution = resolution;
	}

	@Override
	public CoarseSession<S> createSession() {
		return new CoarseSession<>(sessions.createSession(), resolution, this);
	}

	@Override
	public void save(CoarseSession<S> session) {
		sessions.save(session.session);
		SAVED.set(session);
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable CoarseSession<S> findById(String id) {
		CoarseSession<?> saved = SAVED.get();
		SAVED.remove();
		if (saved != null && saved.owner == this && saved.getId().equals(id) && !saved.isExpired()) {
			return (CoarseSession<S>) saved;
		}
		S found = sessions.findById(id);
		return found == null ? null : new CoarseSession<>(found, resolution, this);
	}

	@Override
	public void deleteById(String id) {
		SAVED.remove();
		sessions.deleteById(id);
	}

	/** Forgets the session saved on this thread: the request it belonged to has ended. */
	static void endOfRequest() {
		SAVED.remove();
	}

	/** A stored session whose last access time moves in steps of the resolution; everything else as stored. */
	static final class CoarseSession<S extends Session> implements Session {

		private final S session;

		private final Duration resolution;

		private final CoarseAccessTimeSessions<?> owner;

		CoarseSession(S session, Duration resolution, CoarseAccessTimeSessions<?> owner) {
			this.session = session;
			this.resolution = resolution;
			this.owner = owner;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(session.getLastAccessedTime().plus(resolution))) {
				session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return session.getId();
		}

		@Override
		public String changeSessionId() {
			return session.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return session.isExpired();
		}
	}
}

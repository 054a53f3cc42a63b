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
 */
final class CoarseAccessTimeSessions<S extends Session>
		implements SessionRepository<CoarseAccessTimeSessions.CoarseSession<S>> {

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
		return new CoarseSession<>(sessions.createSession(), resolution);
	}

	@Override
	public void save(CoarseSession<S> session) {
		sessions.save(session.session);
	}

	@Override
	public @Nullable CoarseSession<S> findById(String id) {
		S found = sessions.findById(id);
		return found == null ? null : new CoarseSession<>(found, resolution);
	}

	@Override
	public void deleteById(String id) {
		sessions.deleteById(id);
	}

	/** A stored session whose last access time moves in steps of the resolution; everything else as stored. */
	static final class CoarseSession<S extends Session> implements Session {

		private final S session;

		private final Duration resolution;

		CoarseSession(S session, Duration resolution) {
			this.session = session;
			this.resolution = resolution;
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

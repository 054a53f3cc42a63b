package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

class CoarseAccessTimeSessionsTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final AtomicInteger reads = new AtomicInteger();

	private final MapSessionRepository stored = new MapSessionRepository(new java.util.HashMap<>()) {

		@Override
		public MapSession findById(String id) {
			reads.incrementAndGet();
			return super.findById(id);
		}
	};

	private final CoarseAccessTimeSessions<MapSession> sessions = new CoarseAccessTimeSessions<>(stored, MINUTE);

	@Test
	void anAccessWithinTheResolutionLeavesTheStoredAccessTime() {
		var session = saved();
		Instant last = session.getLastAccessedTime();

		session.setLastAccessedTime(last.plusSeconds(59));
		sessions.save(session);

		assertThat(stored.findById(session.getId()).getLastAccessedTime()).isEqualTo(last);
		assertThat(sessions.findById(session.getId()).getLastAccessedTime()).isEqualTo(last);
	}

	@Test
	void anAccessTheResolutionOrMoreLaterMovesTheAccessTime() {
		var session = saved();
		Instant later = session.getLastAccessedTime().plus(MINUTE);

		session.setLastAccessedTime(later);
		sessions.save(session);

		assertThat(stored.findById(session.getId()).getLastAccessedTime()).isEqualTo(later);
	}

	@Test
	void attributesAndIdleIntervalAreStoredAsGiven() {
		var session = saved();
		session.setAttribute("form", "token-1");
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		sessions.save(session);
		CoarseAccessTimeSessions.endOfRequest();

		var found = sessions.findById(session.getId());
		assertThat(found).isNotNull().isNotSameAs(session);
		assertThat(found.<String>getAttribute("form")).isEqualTo("token-1");
		assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
		found.removeAttribute("form");
		sessions.save(found);
		assertThat(stored.findById(session.getId()).getAttributeNames()).isEmpty();
	}

	@Test
	void aDeletedOrUnknownSessionIsNotFound() {
		var session = saved();
		sessions.deleteById(session.getId());

		assertThat(sessions.findById(session.getId())).isNull();
		assertThat(sessions.findById("no-such-session")).isNull();
	}

	@Test
	void theLookupRightAfterASaveGetsTheSavedSessionWithoutReadingTheStore() {
		var session = saved();
		int before = reads.get();

		assertThat(sessions.findById(session.getId())).isSameAs(session);
		assertThat(reads.get()).isEqualTo(before);
	}

	@Test
	void theSavedSessionIsHandedBackOnceOnlyAndForItsOwnIdOnly() {
		var session = saved();
		var other = saved();

		assertThat(sessions.findById(session.getId())).isNotNull().isNotSameAs(session);
		assertThat(sessions.findById(other.getId())).isNotNull().isNotSameAs(other);
		assertThat(reads.get()).isEqualTo(2);
	}

	@Test
	void afterTheRequestEndsTheStoreIsReadAgain() {
		var session = saved();
		session.setAttribute("form", "token-1");
		sessions.save(session);

		CoarseAccessTimeSessions.endOfRequest();
		var found = sessions.findById(session.getId());

		assertThat(found).isNotNull().isNotSameAs(session);
		assertThat(found.<String>getAttribute("form")).isEqualTo("token-1");
		assertThat(reads.get()).isEqualTo(1);
	}

	@Test
	void anotherStoreNeverGetsThisStoresSession() {
		var session = saved();
		var elsewhere = new CoarseAccessTimeSessions<>(stored, MINUTE);

		assertThat(elsewhere.findById(session.getId())).isNotNull().isNotSameAs(session);
		assertThat(reads.get()).isEqualTo(1);
	}

	@Test
	void aDeletionForgetsTheSavedSession() {
		var session = saved();
		sessions.deleteById(session.getId());

		assertThat(sessions.findById(session.getId())).isNull();
		assertThat(reads.get()).isEqualTo(1);
	}

	@AfterEach
	void endRequest() {
		CoarseAccessTimeSessions.endOfRequest();
	}

	@Test
	void aNegativeResolutionIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CoarseAccessTimeSessions<>(stored, MINUTE.negated()));
	}

	private CoarseAccessTimeSessions.CoarseSession<MapSession> saved() {
		var session = sessions.createSession();
		sessions.save(session);
		return session;
	}
}

package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

class CoarseAccessTimeSessionsTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final MapSessionRepository stored = new MapSessionRepository(new java.util.HashMap<>());

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

		var found = sessions.findById(session.getId());
		assertThat(found).isNotNull();
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
	void aNegativeResolutionIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CoarseAccessTimeSessions<>(stored, MINUTE.negated()));
	}

	private CoarseAccessTimeSessions.CoarseSession<MapSession> saved() {
		var session = sessions.createSession();
		sessions.save(session);
		return session;
	}
}

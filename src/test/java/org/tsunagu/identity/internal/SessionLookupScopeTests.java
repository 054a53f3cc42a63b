package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import jakarta.servlet.FilterChain;

class SessionLookupScopeTests {

	private final CoarseAccessTimeSessions<MapSession> sessions = new CoarseAccessTimeSessions<>(
			new MapSessionRepository(new HashMap<>()), Duration.ofMinutes(1));

	private final SessionLookupScope scope = new SessionLookupScope();

	@Test
	void aSessionSavedBeforeTheRequestIsNotHandedToIt() throws Exception {
		var leftOver = sessions.createSession();
		sessions.save(leftOver);
		AtomicReference<Object> seen = new AtomicReference<>();

		scope.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> seen.set(sessions.findById(leftOver.getId())));

		assertThat(seen.get()).isNotNull().isNotSameAs(leftOver);
	}

	@Test
	void aSessionSavedDuringTheRequestIsForgottenWhenItEnds() throws Exception {
		var session = sessions.createSession();
		FilterChain savesAtTheEnd = (request, response) -> sessions.save(session);

		scope.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), savesAtTheEnd);

		assertThat(sessions.findById(session.getId())).isNotNull().isNotSameAs(session);
	}

	@Test
	void aFailingRequestForgetsItToo() {
		var session = sessions.createSession();
		FilterChain savesThenFails = (request, response) -> {
			sessions.save(session);
			throw new IllegalStateException("boom");
		};

		assertThatIllegalStateException().isThrownBy(() -> scope.doFilter(new MockHttpServletRequest(),
				new MockHttpServletResponse(), savesThenFails));

		assertThat(sessions.findById(session.getId())).isNotNull().isNotSameAs(session);
	}

	@AfterEach
	void endRequest() {
		CoarseAccessTimeSessions.endOfRequest();
	}
}

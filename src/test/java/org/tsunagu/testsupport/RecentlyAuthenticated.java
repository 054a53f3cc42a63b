package org.tsunagu.testsupport;

import java.time.Instant;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.tsunagu.identity.internal.RecentAuthentication;

/**
 * For MockMvc requests to exports and security settings: the session's user typed their password just now
 * (as after a login), so {@code @RecentAuthenticationRequired} handlers run. With the whole application (sessions
 * in the database, Spring Session JDBC) the request carries the cookie of a stored session that says so; in a web
 * slice (no session repository) the mock request's own session says so.
 */
public final class RecentlyAuthenticated {

	private RecentlyAuthenticated() {
	}

	/** The user logged in or re-authenticated a moment ago. */
	public static RequestPostProcessor justNow() {
		return at(Instant.now());
	}

	/** The user last proved who they are at {@code at} (by the application's clock). */
	public static RequestPostProcessor at(Instant at) {
		return request -> {
			SessionRepository<?> repository = repository(request);
			if (repository == null) {
				request.getSession(true).setAttribute(RecentAuthentication.SESSION_ATTRIBUTE, at);
				return request;
			}
			return SessionCookie.of(storedSession(repository, at)).postProcessRequest(request);
		};
	}

	private static <S extends Session> String storedSession(SessionRepository<S> repository, Instant at) {
		S session = repository.createSession();
		session.setAttribute(RecentAuthentication.SESSION_ATTRIBUTE, at);
		repository.save(session);
		return session.getId();
	}

	private static SessionRepository<?> repository(MockHttpServletRequest request) {
		WebApplicationContext context = WebApplicationContextUtils
			.getWebApplicationContext(request.getServletContext());
		return context == null ? null : context.getBeanProvider(SessionRepository.class).getIfAvailable();
	}
}

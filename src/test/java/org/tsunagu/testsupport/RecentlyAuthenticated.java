package org.tsunagu.testsupport;

import java.time.Instant;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tsunagu.identity.internal.RecentAuthentication;

/**
 * For MockMvc requests to exports and security settings: the session's user typed their password just now
 * (as after a login), so {@code @RecentAuthenticationRequired} handlers run.
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
			request.getSession(true).setAttribute(RecentAuthentication.SESSION_ATTRIBUTE, at);
			return request;
		};
	}
}

package org.tsunagu.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/**
 * A browser's session for MockMvc. Sessions live in the database (Spring Session JDBC), found by the session
 * cookie, so a test carries the cookie from request to request as a browser does — and takes the new one when the
 * server changes the session id (login, second factor) or ends the session (logout).
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

	/** The session cookie's name ({@code server.servlet.session.cookie.name}). */
	public static final String NAME = "TSUNAGU_SESSION";

	private @Nullable Cookie cookie;

	/** The session the response of a login (or any request) gave to the browser. */
	public static SessionCookie from(MvcResult result) {
		SessionCookie session = new SessionCookie();
		session.handle(result);
		if (session.cookie == null) {
			throw new IllegalStateException("The response set no " + NAME + " cookie");
		}
		return session;
	}

	/** A browser that sends the cookie of the given session id (as Spring Session writes it: Base64). */
	public static SessionCookie of(String sessionId) {
		SessionCookie session = new SessionCookie();
		session.cookie = new Cookie(NAME, Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8)));
		return session;
	}

	/** The session id the cookie names, as stored in {@code spring_session.session_id}. */
	public String sessionId() {
		if (cookie == null) {
			throw new IllegalStateException("No session");
		}
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

	/** Sends the request with this session's cookie and keeps whatever cookie the response sets. */
	public ResultActions perform(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(this)).andDo(this);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (cookie != null) {
			request.setCookies(cookie);
		}
		return request;
	}

	@Override
	public void handle(MvcResult result) {
		Cookie sent = result.getResponse().getCookie(NAME);
		if (sent != null) {
			cookie = sent.getMaxAge() == 0 ? null : sent;
		}
	}
}

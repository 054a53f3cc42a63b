package org.tsunagu.shared.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpSession;

/**
 * The one-time form tokens a session has already used, with where each successful submission led (the
 * redirect after POST). Kept in the session — serializable and stored again on every change, so a
 * JDBC-backed session (two nodes) sees it too — and bounded: the oldest of more than {@value #KEPT} is
 * forgotten.
 */
final class FormTokens implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = FormTokens.class.getName();

	static final int KEPT = 200;

	private final LinkedHashMap<String, String> redirects = new BoundedMap();

	/**
	 * The latest {@value #KEPT} tokens. A named class: sessions are stored in the database and outlive a release,
	 * so the serialised class name must not change when other code moves.
	 */
	private static final class BoundedMap extends LinkedHashMap<String, String> {

		@Serial
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > KEPT;
		}
	}

	/** Where the submission with this token led, if it was already processed successfully. */
	static Optional<String> redirectOf(HttpSession session, String token) {
		synchronized (lock(session)) {
			FormTokens tokens = (FormTokens) session.getAttribute(ATTRIBUTE);
			return tokens == null ? Optional.empty() : Optional.ofNullable(tokens.redirects.get(token));
		}
	}

	/** Records that the submission with this token succeeded and led to {@code location}. */
	static void remember(HttpSession session, String token, String location) {
		synchronized (lock(session)) {
			FormTokens tokens = (FormTokens) session.getAttribute(ATTRIBUTE);
			if (tokens == null) {
				tokens = new FormTokens();
			}
			tokens.redirects.put(token, location);
			session.setAttribute(ATTRIBUTE, tokens);
		}
	}

	private static Object lock(HttpSession session) {
		return WebUtils.getSessionMutex(session);
	}
}

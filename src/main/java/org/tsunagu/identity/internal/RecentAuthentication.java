package org.tsunagu.identity.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * When the user of a session last proved who they are: at the login (password and second factor) and at each
 * re-authentication. Kept in the session, so it ends with it.
 */
public final class RecentAuthentication {

	/** The page that asks for the password again. */
	public static final String PAGE = "/account/reauthenticate";

	/** The session attribute with the time (tests set it to stand for a fresh login). */
	public static final String SESSION_ATTRIBUTE = RecentAuthentication.class.getName() + ".at";

	private RecentAuthentication() {
	}

	/** Records that the user proved who they are at {@code at}. */
	public static void record(HttpServletRequest request, Instant at) {
		request.getSession().setAttribute(SESSION_ATTRIBUTE, at);
	}

	/** When the user last proved who they are in this session, if known. */
	static @Nullable Instant of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Instant at ? at : null;
	}

	/**
	 * The address to go back to after re-authenticating: only a path within this application (one leading
	 * {@code /}, no {@code //} or backslash that a browser would read as another host, no control characters);
	 * anything else becomes the home page, so the page cannot be used as an open redirect.
	 */
	public static String safeContinue(@Nullable String target) {
		if (target == null || target.length() > 2000 || !target.startsWith("/") || target.startsWith("//")
				|| target.indexOf('\\') >= 0) {
			return "/";
		}
		for (int i = 0; i < target.length(); i++) {
			if (Character.isISOControl(target.charAt(i)) || Character.isWhitespace(target.charAt(i))) {
				return "/";
			}
		}
		return target;
	}
}

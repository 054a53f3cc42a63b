package org.tsunagu.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Enforces {@link RecentAuthenticationRequired}: a handler so marked runs only when the user proved who they are
 * within the configured time. Otherwise a page is sent to the re-authentication page (which comes back to it),
 * an htmx request is told to go there, and an API call gets a 403 problem. An API call with HTTP Basic carries
 * the password, which is checked here again (Spring Security skips that check when the session is already
 * logged in as the same user, so a stolen session cookie plus any password must not count as fresh).
 */
class RecentAuthenticationInterceptor implements HandlerInterceptor {

	/** Checks a user name and password; true when they are right. */
	interface PasswordCheck {

		boolean matches(String username, String password);
	}

	private final Supplier<Duration> maxAge;

	private final Clock clock;

	private final @Nullable PasswordCheck passwords;

	private final @Nullable ProblemDetailsSecurityHandler problems;

	RecentAuthenticationInterceptor(Supplier<Duration> maxAge, Clock clock, @Nullable PasswordCheck passwords,
			@Nullable ProblemDetailsSecurityHandler problems) {
		this.maxAge = maxAge;
		this.clock = clock;
		this.passwords = passwords;
		this.problems = problems;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(handler instanceof HandlerMethod method) || !isMarked(method) || authentication == null
				|| authentication instanceof AnonymousAuthenticationToken) {
			return true;
		}
		boolean api = SecondFactorLogin.path(request).startsWith("/api/");
		String[] basic = api ? basicCredentials(request) : null;
		if (basic != null) {
			if (passwords != null && basic[0].equals(authentication.getName()) && passwords.matches(basic[0], basic[1])) {
				return true;
			}
			answerApi(request, response, true);
			return false;
		}
		if (isFresh(RecentAuthentication.of(request))) {
			return true;
		}
		if (api) {
			answerApi(request, response, false);
		}
		else {
			String target = request.getContextPath() + RecentAuthentication.PAGE + "?continue="
					+ URLEncoder.encode(continueTarget(request), StandardCharsets.UTF_8);
			if ("true".equals(request.getHeader("HX-Request"))) {
				response.setHeader("HX-Redirect", target);
			}
			else {
				response.sendRedirect(target);
			}
		}
		return false;
	}

	/** Whether the user proved who they are at {@code at} recently enough (never, when unknown). */
	boolean isFresh(@Nullable Instant at) {
		return at != null && !clock.instant().isAfter(at.plus(maxAge.get()));
	}

	private static boolean isMarked(HandlerMethod method) {
		return method.hasMethodAnnotation(RecentAuthenticationRequired.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RecentAuthenticationRequired.class);
	}

	private void answerApi(HttpServletRequest request, HttpServletResponse response, boolean wrongPassword)
			throws IOException {
		if (problems == null) {
			response.sendError(wrongPassword ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
		}
		else if (wrongPassword) {
			problems.commence(request, response,
					new org.springframework.security.authentication.BadCredentialsException("Wrong password"));
		}
		else {
			problems.recentAuthenticationRequired(request, response);
		}
	}

	/** User name and password of an HTTP Basic header, or null without one. */
	static String @Nullable [] basicCredentials(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

	/**
	 * Where to come back to: the page itself for a GET; for a form sent with POST (which cannot be repeated by
	 * a redirect) the page the form was on, when the browser says it was one of ours.
	 */
	static String continueTarget(HttpServletRequest request) {
		if ("GET".equals(request.getMethod())) {
			String query = request.getQueryString();
			return RecentAuthentication.safeContinue(SecondFactorLogin.path(request) + (query == null ? "" : "?" + query));
		}
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return "/";
			}
			String path = uri.getRawPath() == null ? "" : uri.getRawPath();
			if (path.startsWith(request.getContextPath())) {
				path = path.substring(request.getContextPath().length());
			}
			return RecentAuthentication.safeContinue(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (IllegalArgumentException malformed) {
			return "/";
		}
	}
}

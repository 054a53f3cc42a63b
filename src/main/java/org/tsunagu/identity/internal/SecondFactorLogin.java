package org.tsunagu.identity.internal;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tsunagu.identity.SecondFactors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The login's second step. After the right password, a user who needs a second factor is logged in only as
 * "waiting for the second factor": that login has no role, so it reaches no page and no API, and every request
 * is sent to the code page. The full login (with the role) is kept in the session and restored when the code
 * is right.
 */
public final class SecondFactorLogin {

	public static final String CODE_PAGE = "/login/mfa";

	public static final String SETUP_PAGE = "/login/mfa/setup";

	static final String PENDING_ATTRIBUTE = SecondFactorLogin.class.getName() + ".pending";

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	private SecondFactorLogin() {
	}

	/** The user name waiting for its second factor in this session, if any. */
	public static @Nullable String pendingUsername(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(PENDING_ATTRIBUTE) instanceof Authentication full) {
			return full.getName();
		}
		return null;
	}

	/** Completes the login after a right code: the full login replaces the waiting one, with a new session id. */
	public static void complete(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING_ATTRIBUTE) instanceof Authentication full)) {
			throw new IllegalStateException("No login is waiting for a second factor");
		}
		session.removeAttribute(PENDING_ATTRIBUTE);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(full);
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

	/** The request's path within the application (the servlet path is empty in some containers and in MockMvc). */
	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The login waiting for its second factor: no role, only this marker authority. */
	static final class Pending extends AbstractAuthenticationToken {

		private final String username;

		Pending(String username) {
			super(List.of(new SimpleGrantedAuthority("SECOND_FACTOR_PENDING")));
			this.username = username;
			setAuthenticated(true);
		}

		@Override
		public @Nullable Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return username;
		}
	}

	/** After the password: straight in, or to the code page (or to registering an app on the first time). */
	static final class SuccessHandler implements AuthenticationSuccessHandler {

		private final @Nullable SecondFactors secondFactors;

		private final AuthenticationSuccessHandler fullLogin;

		SuccessHandler(@Nullable SecondFactors secondFactors) {
			this.secondFactors = secondFactors;
			SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
			saved.setDefaultTargetUrl("/");
			this.fullLogin = saved;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			String username = authentication.getName();
			if (secondFactors == null || !secondFactors.needsSecondFactor(username)) {
				fullLogin.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			request.getSession().setAttribute(PENDING_ATTRIBUTE, authentication);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new Pending(username));
			SecurityContextHolder.setContext(context);
			CONTEXTS.saveContext(context, request, response);
			String next = secondFactors.hasSecondFactor(username) ? CODE_PAGE : SETUP_PAGE;
			response.sendRedirect(request.getContextPath() + next);
		}
	}

	/** While the second factor is pending, every page but the code pages leads back to them. */
	static final class PendingFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (SecurityContextHolder.getContext().getAuthentication() instanceof Pending && !isAllowed(request)) {
				if ("true".equals(request.getHeader("HX-Request")) || path(request).startsWith("/api/")) {
					response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
				}
				else {
					response.sendRedirect(request.getContextPath() + CODE_PAGE);
				}
				return;
			}
			chain.doFilter(request, response);
		}

		private static boolean isAllowed(HttpServletRequest request) {
			String path = path(request);
			return path.startsWith(CODE_PAGE) || path.equals("/logout") || path.equals("/login")
					|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
					|| path.startsWith("/error") || path.startsWith("/public");
		}
	}
}

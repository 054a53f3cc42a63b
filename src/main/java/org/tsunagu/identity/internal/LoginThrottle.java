package org.tsunagu.identity.internal;

import java.io.IOException;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.shared.web.SubmissionThrottle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Per-address throttle of failed logins. Every failed login (wrong password, unknown user, locked account)
 * counts for the address it came from; past the limit, login attempts from that address are answered like a
 * failed login without checking anything, until the window has passed.
 */
@Component
class LoginThrottle {

	private final SubmissionThrottle failures;

	private final AuditLog audit;

	LoginThrottle(LoginThrottleSettings settings, AuditLog audit, ObjectProvider<Clock> clock) {
		this.failures = new SubmissionThrottle(settings.maxFailures(), settings.window(),
				clock.getIfAvailable(Clock::systemUTC));
		this.audit = audit;
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			failures.record(details.getRemoteAddress());
		}
	}

	boolean allows(HttpServletRequest request) {
		return failures.allows(SubmissionThrottle.clientAddress(request));
	}

	/** Refuses form logins (POST /login) from a throttled address with the login page's generic failure. */
	OncePerRequestFilter formLoginFilter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				if ("POST".equals(request.getMethod()) && "/login".equals(SecondFactorLogin.path(request))
						&& !allows(request)) {
					refused(request);
					response.sendRedirect(request.getContextPath() + "/login?error");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	/** Refuses HTTP Basic calls from a throttled address with 401, like a wrong password. */
	OncePerRequestFilter basicFilter(ProblemDetailsSecurityHandler problems) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				String authorization = request.getHeader("Authorization");
				if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && !allows(request)) {
					refused(request);
					problems.commence(request, response,
							new org.springframework.security.authentication.BadCredentialsException("Throttled"));
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	private void refused(HttpServletRequest request) {
		audit.record(AuditAction.LOGIN_FAILURE, "LoginThrottle", SubmissionThrottle.clientAddress(request),
				"too many failed logins from this address");
	}
}

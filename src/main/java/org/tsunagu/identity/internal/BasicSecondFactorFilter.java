package org.tsunagu.identity.internal;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tsunagu.identity.SecondFactors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Scripts that call the API with HTTP Basic pass the second factor too: a user who needs one sends the current
 * code in a header ({@code X-Tsunagu-OTP} by default). The session that the call opens remembers it, so a
 * script that keeps its cookie sends the code once.
 */
class BasicSecondFactorFilter extends OncePerRequestFilter {

	static final String PASSED_ATTRIBUTE = BasicSecondFactorFilter.class.getName() + ".passed";

	private final SecondFactors secondFactors;

	private final String header;

	private final ProblemDetailsSecurityHandler problems;

	BasicSecondFactorFilter(SecondFactors secondFactors, String header, ProblemDetailsSecurityHandler problems) {
		this.secondFactors = secondFactors;
		this.header = header;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String authorization = request.getHeader("Authorization");
		if (authentication != null && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
				&& !alreadyPassed(request) && secondFactors.needsSecondFactor(authentication.getName())) {
			String code = request.getHeader(header);
			if (code == null || !secondFactors.verify(authentication.getName(), code)) {
				SecurityContextHolder.clearContext();
				problems.commence(request, response,
						new org.springframework.security.authentication.InsufficientAuthenticationException(
								"A second factor is required"));
				return;
			}
			request.getSession().setAttribute(PASSED_ATTRIBUTE, Boolean.TRUE);
		}
		chain.doFilter(request, response);
	}

	private static boolean alreadyPassed(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(PASSED_ATTRIBUTE));
	}
}

package org.tsunagu.identity.internal;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * The bounds of one request for the session store: runs outside Spring Session's filter and makes the session a
 * thread saved during the request ({@link CoarseAccessTimeSessions}) unknown again before and after it, so that a
 * pooled thread never hands one request's session to the next.
 */
final class SessionLookupScope implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		CoarseAccessTimeSessions.endOfRequest();
		try {
			chain.doFilter(request, response);
		}
		finally {
			CoarseAccessTimeSessions.endOfRequest();
		}
	}
}

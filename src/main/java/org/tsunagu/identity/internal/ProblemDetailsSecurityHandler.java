package org.tsunagu.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers API requests that are not logged in (401) or not allowed (403) with an RFC 9457 problem body.
 */
class ProblemDetailsSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json = JsonMapper.builder().build();

	ProblemDetailsSecurityHandler(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"Tsunagu\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized.title", "unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "error.forbidden.title", "forbidden");
	}

	/**
	 * A logged-in caller whose last password entry is too old for an export or a security change (403); a
	 * script calls again with HTTP Basic, a browser goes through the re-authentication page.
	 */
	void recentAuthenticationRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "identity.reauth.problem.title", "reauthentication-required");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
			String type) throws IOException {
		// Runs before the DispatcherServlet, so the locale resolver is asked directly: Japanese unless switched.
		String title = messages.getMessage(titleKey, null, locales.resolveLocale(request));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		var body = new java.util.LinkedHashMap<String, Object>();
		body.put("type", "urn:tsunagu:problem:" + type);
		body.put("title", title);
		body.put("status", status.value());
		body.put("instance", request.getRequestURI());
		response.getWriter().write(json.writeValueAsString(body));
	}
}

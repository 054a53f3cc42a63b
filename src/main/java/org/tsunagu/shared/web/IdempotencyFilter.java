package org.tsunagu.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Idempotency-Key} on API writes (POST under {@code /api/v1}): a client that retries a create after a
 * timeout gets the first response again (status, Location, body) instead of a second record. The key is per
 * user; the same key with a different request is refused (422), and while the first request still runs a
 * repeat is told so (409). Only successful (2xx) responses are kept, for 24 hours: a refused request may be
 * corrected and sent again with the same key. Requests without the header are not affected.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final int MAX_KEY_LENGTH = 200;

	/** A create with a key is read into memory (to hash and replay it): JSON records, never files. */
	static final int MAX_BODY = 1024 * 1024;

	private final IdempotentRequests requests;

	private final MessageSource messages;

	IdempotencyFilter(IdempotentRequests requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Not for the administrators' API: its answers carry one-time passwords, which must never be stored.
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/")
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/admin/")
				|| request.getRemoteUser() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			problem(response, HttpStatus.BAD_REQUEST, "error.validation.title", "bad-idempotency-key");
			return;
		}
		String user = request.getRemoteUser();
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			problem(response, HttpStatus.CONTENT_TOO_LARGE, "error.validation.title", "idempotent-body-too-large");
			return;
		}
		String hash = hash(request, body);
		for (int attempt = 0; attempt < 2; attempt++) {
			Optional<IdempotentRequests.Stored> stored = requests.find(user, key);
			if (stored.isPresent()) {
				answerRepeat(stored.get(), hash, response);
				return;
			}
			if (requests.reserve(user, key, hash)) {
				runFirst(new ReplayableRequest(request, body), response, chain, user, key);
				return;
			}
		}
		problem(response, HttpStatus.CONFLICT, "error.idempotency.inProgress.title", "idempotency-in-progress");
	}

	private void runFirst(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String user,
			String key) throws ServletException, IOException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, recorded);
			if (HttpStatus.valueOf(recorded.getStatus()).is2xxSuccessful()) {
				requests.complete(user, key, recorded.getStatus(), recorded.getHeader("Location"),
						recorded.getContentType(), recorded.getContentAsByteArray());
				kept = true;
			}
		}
		finally {
			if (!kept) {
				requests.release(user, key);
			}
			recorded.copyBodyToResponse();
		}
	}

	private void answerRepeat(IdempotentRequests.Stored stored, String hash, HttpServletResponse response)
			throws IOException {
		if (!stored.requestHash().equals(hash)) {
			problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "error.idempotency.mismatch.title",
					"idempotency-mismatch");
		}
		else if (stored.running()) {
			problem(response, HttpStatus.CONFLICT, "error.idempotency.inProgress.title", "idempotency-in-progress");
		}
		else {
			response.setStatus(stored.status());
			if (stored.location() != null) {
				response.setHeader("Location", stored.location());
			}
			if (stored.contentType() != null) {
				response.setContentType(stored.contentType());
			}
			response.setHeader("Idempotent-Replayed", "true");
			if (stored.body() != null) {
				response.getOutputStream().write(stored.body());
			}
		}
	}

	private void problem(HttpServletResponse response, HttpStatus status, String titleKey, String type)
			throws IOException {
		String title = messages.getMessage(titleKey, null, titleKey, Locale.JAPANESE);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"urn:tsunagu:problem:%s\",\"title\":\"%s\",\"status\":%d}"
			.formatted(type, title.replace("\\", "\\\\").replace("\"", "\\\""), status.value()));
	}

	/** The request as the key's owner sent it: method, path, query and body. */
	private static String hash(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String target = request.getMethod() + " " + request.getRequestURI() + "?"
					+ (request.getQueryString() == null ? "" : request.getQueryString()) + "\n";
			digest.update(target.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
		}
	}
}

package org.tsunagu.shared.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Accepts each {@value FormTokenRequestDataValueProcessor#PARAMETER} once per session, so a double click or a
 * browser resend of a form is processed once. A submission counts as processed when it ended in a redirect
 * (POST → redirect → GET); its repeat is sent to the same place with the notice
 * 「この送信はすでに処理されました」. A repeat that arrives while the first is still running waits for it. A
 * submission that did not redirect (a form shown again with errors, an htmx fragment, a download) does not use
 * up its token, so correcting and resending works.
 * <p>
 * POSTs without the field (the JSON API, scripts, tests) and htmx requests (live previews post the form they
 * sit in, token included, without submitting it) are not checked: the token guards against accidents, not
 * against attackers — CSRF and authorization do that.
 */
class FormTokenInterceptor implements HandlerInterceptor {

	private static final String CLAIM = FormTokenInterceptor.class.getName() + ".claim";

	private static final long WAIT_SECONDS = 30;

	/** Submissions running now, by session id and token: a repeat waits on the first one's latch. */
	private final Map<String, CountDownLatch> running = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String token = request.getParameter(FormTokenRequestDataValueProcessor.PARAMETER);
		HttpSession session = request.getSession(false);
		if (!"POST".equals(request.getMethod()) || token == null || token.isBlank() || session == null
				|| Htmx.isHtmxRequest(request)) {
			return true;
		}
		String key = session.getId() + "/" + token;
		for (int attempt = 0; attempt < 2; attempt++) {
			Optional<String> processed = FormTokens.redirectOf(session, token);
			if (processed.isPresent()) {
				redirectToFirstResult(request, response, processed.get());
				return false;
			}
			CountDownLatch mine = new CountDownLatch(1);
			CountDownLatch first = running.putIfAbsent(key, mine);
			if (first == null) {
				request.setAttribute(CLAIM, new Claim(key, token, mine));
				return true;
			}
			first.await(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		throw new DuplicateSubmissionException();
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception exception) {
		if (!(request.getAttribute(CLAIM) instanceof Claim claim)) {
			return;
		}
		try {
			String location = response.getHeader("Location");
			HttpSession session = request.getSession(false);
			if (exception == null && session != null && location != null
					&& HttpStatus.valueOf(response.getStatus()).is3xxRedirection()) {
				FormTokens.remember(session, claim.token(), location);
			}
		}
		finally {
			running.remove(claim.key());
			claim.done().countDown();
		}
	}

	private static void redirectToFirstResult(HttpServletRequest request, HttpServletResponse response,
			String location) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flash", "formToken.alreadyProcessed");
		RequestContextUtils.saveOutputFlashMap(location, request, response);
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", location);
	}

	private record Claim(String key, String token, CountDownLatch done) {
	}

	/** The same form came again while the first submission was still running after the wait. */
	static class DuplicateSubmissionException extends RuntimeException {

		DuplicateSubmissionException() {
			super("The same form was submitted again while the first submission was still running");
		}
	}
}

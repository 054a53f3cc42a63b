package org.tsunagu.identity.web;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tsunagu.identity.internal.DuplicateUsernameException;

/**
 * Problem details for the user API: a taken user name is a conflict, an unknown 圏域 a bad request.
 */
@RestControllerAdvice(assignableTypes = UserApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UserApiExceptionHandler {

	private final MessageSource messages;

	UserApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DuplicateUsernameException.class)
	ProblemDetail duplicate() {
		return problem(HttpStatus.CONFLICT, "identity.user.username.taken", "username-taken");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid() {
		return problem(HttpStatus.BAD_REQUEST, "identity.user.regionName.required", "invalid-user");
	}

	private ProblemDetail problem(HttpStatus status, String key, String type) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:tsunagu:problem:" + type));
		return problem;
	}
}

package org.tsunagu.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tsunagu.shared.CappedCount;
import org.tsunagu.shared.PageBeyondCapException;
import org.tsunagu.shared.RecordNotFoundException;
import org.tsunagu.shared.StaleRecordException;

/**
 * Turns errors of the JSON API into RFC 9457 problem details with Japanese titles; field errors are listed
 * under {@code errors} as field → message.
 */
// Only for @RestController: selectors of an advice are OR-ed, so no basePackages here. Ordered before the
// HTML handler, which would otherwise also match (a @RestController is a @Controller).
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException exception) {
		return problem(HttpStatus.NOT_FOUND, "error.notFound.title", "not-found");
	}

	@ExceptionHandler(StaleRecordException.class)
	ProblemDetail stale(StaleRecordException exception) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "error.conflict.title", "conflict");
		problem.setProperty("currentVersion", exception.getCurrentVersion());
		return problem;
	}

	/** A page beyond the rows a list counts: the caller narrows the filters instead. */
	@ExceptionHandler(PageBeyondCapException.class)
	ProblemDetail beyondCap(PageBeyondCapException exception) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.pageBeyondCap.title", "page-beyond-cap");
		problem.setDetail(messages.getMessage("error.pageBeyondCap.body", new Object[] { CappedCount.CAP },
				LocaleContextHolder.getLocale()));
		return problem;
	}

	/** Input that passed field validation but names something that does not exist (e.g. an unknown code). */
	@ExceptionHandler({ IllegalArgumentException.class, org.springframework.web.multipart.MultipartException.class })
	ProblemDetail badInput(Exception exception) {
		return problem(HttpStatus.BAD_REQUEST, "error.validation.title", "bad-input");
	}

	/** A change the record's current state does not allow (e.g. withdrawing a withdrawn consent). */
	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail wrongState(IllegalStateException exception) {
		return problem(HttpStatus.CONFLICT, "error.conflict.title", "wrong-state");
	}

	@ExceptionHandler(Versions.PreconditionRequiredException.class)
	ProblemDetail preconditionRequired(Versions.PreconditionRequiredException exception) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "error.preconditionRequired.title", "precondition-required");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException exception) {
		return problem(HttpStatus.FORBIDDEN, "error.forbidden.title", "forbidden");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation.title", "validation");
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : exception.getBindingResult().getFieldErrors()) {
			errors.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String type) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage(titleKey, null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:tsunagu:problem:" + type));
		return problem;
	}
}

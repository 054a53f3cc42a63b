package org.tsunagu.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.util.UriComponentsBuilder;
import org.tsunagu.shared.CappedCount;
import org.tsunagu.shared.PageBeyondCapException;
import org.tsunagu.shared.RecordNotFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The Japanese error pages of the HTML controllers: 404 for records that do not exist, 400 for requests that
 * lack what they need or carry what a rule refuses, 409 for a step the record's current state does not allow.
 * Never a stack trace and never a 500 for the user's own input.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlExceptionHandler {

	@ExceptionHandler(RecordNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class,
			IllegalArgumentException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest() {
		return "error/400";
	}

	/**
	 * A page beyond the rows a list counts (a hand-made URL: the pager stops at the cap). The page says so and
	 * links to the first page with the same filters.
	 */
	@ExceptionHandler(PageBeyondCapException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String beyondCap(HttpServletRequest request, Model model) {
		model.addAttribute("cap", CappedCount.CAP);
		model.addAttribute("firstPageUrl", firstPage(request));
		return "error/page-beyond-cap";
	}

	@ExceptionHandler(IllegalStateException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "error/409";
	}

	// The same path and query without the page; always a path on this site ("//host" would leave it).
	static String firstPage(HttpServletRequest request) {
		String path = "/" + request.getRequestURI().replaceFirst("^/+", "");
		return UriComponentsBuilder.fromPath(path)
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}
}

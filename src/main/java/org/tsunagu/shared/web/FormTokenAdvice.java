package org.tsunagu.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** 「この送信はすでに処理されました」: a repeat of a form whose first submission had not finished in time. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class FormTokenAdvice {

	@ExceptionHandler(FormTokenInterceptor.DuplicateSubmissionException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String alreadyProcessed() {
		return "error/duplicate-submit";
	}
}

package org.tsunagu.council.web;

import java.net.URI;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tsunagu.council.InvalidMaterialException;
import org.tsunagu.shared.StaleRecordException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A refused change on a council page (a colleague saved first, minutes not in the right state, a refused
 * file) goes back to the page it came from with a message, instead of an error page.
 */
@ControllerAdvice(assignableTypes = { CouncilController.class, MeetingController.class, ActionController.class })
class CouncilErrors {

	@ExceptionHandler(StaleRecordException.class)
	String stale(HttpServletRequest request) {
		return back(request, "form.conflict");
	}

	@ExceptionHandler(InvalidMaterialException.class)
	String refusedFile(InvalidMaterialException exception, HttpServletRequest request) {
		return back(request, exception.getMessageKey());
	}

	@ExceptionHandler({ IllegalStateException.class, IllegalArgumentException.class })
	String refused(HttpServletRequest request) {
		return back(request, "council.error.refused");
	}

	/** Back to the page of the form: only a path of this application's council pages, never another site. */
	private static String back(HttpServletRequest request, String messageKey) {
		RequestContextUtils.getOutputFlashMap(request).put("flashError", messageKey);
		String target = "/councils";
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				String path = uri.getRawPath();
				if (path != null && path.startsWith(request.getContextPath() + "/councils")) {
					target = path.substring(request.getContextPath().length())
							+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				}
			}
			catch (IllegalArgumentException ignored) {
				// A malformed Referer: go to the list.
			}
		}
		return "redirect:" + target;
	}
}

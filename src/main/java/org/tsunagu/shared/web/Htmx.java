package org.tsunagu.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * htmx conventions: a URL serves the whole page, or only its fragment when htmx asks for it.
 */
public final class Htmx {

	private Htmx() {
	}

	/** True when the request was sent by htmx (header {@code HX-Request}). */
	public static boolean isHtmxRequest(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** The view for this request: {@code "<page> :: <fragment>"} for htmx, {@code "<page>"} otherwise. */
	public static String view(HttpServletRequest request, String page, String fragment) {
		return isHtmxRequest(request) ? page + " :: " + fragment : page;
	}
}

package org.tsunagu.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Adds a one-time {@value #PARAMETER} hidden field to every POST form rendered with {@code th:action}, next to
 * what the wrapped processor (Spring Security's CSRF one) adds. {@link FormTokenInterceptor} accepts each
 * token once per session.
 */
class FormTokenRequestDataValueProcessor implements RequestDataValueProcessor {

	/** The hidden field's name. */
	static final String PARAMETER = "_formToken";

	private static final String POST_FORM = FormTokenRequestDataValueProcessor.class.getName() + ".post";

	private final @Nullable RequestDataValueProcessor delegate;

	FormTokenRequestDataValueProcessor(@Nullable RequestDataValueProcessor delegate) {
		this.delegate = delegate;
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		request.setAttribute(POST_FORM, "post".equalsIgnoreCase(httpMethod));
		return delegate == null ? action : delegate.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value,
			String type) {
		return delegate == null ? value : delegate.processFormFieldValue(request, name, value, type);
	}

	@Override
	public @Nullable Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		// Called once only: the CSRF processor clears its own per-form state when asked.
		Map<String, String> delegated = delegate == null ? null : delegate.getExtraHiddenFields(request);
		if (delegated != null) {
			fields.putAll(delegated);
		}
		if (Boolean.TRUE.equals(request.getAttribute(POST_FORM))) {
			fields.put(PARAMETER, UUID.randomUUID().toString());
		}
		request.removeAttribute(POST_FORM);
		return fields;
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return delegate == null ? url : delegate.processUrl(request, url);
	}
}

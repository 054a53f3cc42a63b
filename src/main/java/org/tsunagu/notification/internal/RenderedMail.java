package org.tsunagu.notification.internal;

/** A mail written out from its template: the subject line and the body text. */
record RenderedMail(String subject, String body) {

	/**
	 * Splits a template's output: the first line is the subject, the body starts after the empty line that
	 * follows it.
	 */
	static RenderedMail parse(String text) {
		String normalised = text.replace("\r\n", "\n").stripLeading();
		int end = normalised.indexOf('\n');
		String subject = (end < 0 ? normalised : normalised.substring(0, end)).strip();
		if (subject.isEmpty()) {
			throw new IllegalArgumentException("A mail template must start with its subject line");
		}
		if (subject.length() > 300) {
			throw new IllegalArgumentException("A mail subject has at most 300 characters");
		}
		String body = end < 0 ? "" : normalised.substring(end + 1);
		if (body.startsWith("\n")) {
			body = body.substring(1);
		}
		return new RenderedMail(subject, body.stripTrailing() + "\n");
	}
}

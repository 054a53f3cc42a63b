package org.tsunagu.reporting.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Message texts in one language: the dashboard uses the user's, the annual report and open data Japanese.
 */
record Labels(MessageSource messages, Locale locale) {

	String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}
}

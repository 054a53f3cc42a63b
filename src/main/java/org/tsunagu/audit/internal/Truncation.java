package org.tsunagu.audit.internal;

import org.jspecify.annotations.Nullable;

/**
 * Cuts text to fit a column. An audit line that is too long is shortened, never rejected: losing the tail of
 * a description is better than losing the whole line. Counts code points, as PostgreSQL counts characters,
 * so a character outside the BMP is never split in half.
 */
final class Truncation {

	static final String ELLIPSIS = "…";

	private Truncation() {
	}

	static String truncate(String text, int maxCharacters) {
		if (text.codePointCount(0, text.length()) <= maxCharacters) {
			return text;
		}
		int end = text.offsetByCodePoints(0, maxCharacters - 1);
		return text.substring(0, end) + ELLIPSIS;
	}

	static @Nullable String truncateNullable(@Nullable String text, int maxCharacters) {
		return text == null ? null : truncate(text, maxCharacters);
	}
}

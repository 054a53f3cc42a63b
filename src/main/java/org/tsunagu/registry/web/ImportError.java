package org.tsunagu.registry.web;

import org.jspecify.annotations.Nullable;

/**
 * One problem in an imported file: the line (1 = header), the column heading, and what is wrong — a message
 * key, or an already resolved message from Bean Validation.
 */
record ImportError(int line, String column, @Nullable String messageKey, @Nullable String message) {

	ImportError(int line, String column, String messageKey) {
		this(line, column, messageKey, null);
	}

	static ImportError withMessage(int line, String column, String message) {
		return new ImportError(line, column, null, message);
	}
}

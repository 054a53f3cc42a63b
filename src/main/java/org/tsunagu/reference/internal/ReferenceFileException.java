package org.tsunagu.reference.internal;

import org.jspecify.annotations.Nullable;

/**
 * A reference CSV file that cannot be loaded; the message names the file, the line and the offending value,
 * so the person preparing a prefecture's files can fix them. Nothing is loaded when this is thrown.
 */
public class ReferenceFileException extends RuntimeException {

	ReferenceFileException(String file, long line, String problem) {
		super("%s, line %d: %s".formatted(file, line, problem));
	}

	ReferenceFileException(String file, String problem, @Nullable Throwable cause) {
		super(file + ": " + problem, cause);
	}
}

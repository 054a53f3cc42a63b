package org.tsunagu.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * Optimistic locking over HTTP: a record's version travels as a strong ETag ({@code "3"}) and comes back in
 * If-Match. A write without If-Match is refused (428); an If-Match that is not a version never matches, so
 * the write is refused as stale (409).
 */
public final class Versions {

	/** An If-Match value that is not a version: no stored version can ever equal it. */
	static final long NOT_A_VERSION = Long.MIN_VALUE;

	private Versions() {
	}

	/** The ETag of a version. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version named by an If-Match header.
	 *
	 * @throws PreconditionRequiredException when the header is missing
	 */
	public static long fromIfMatch(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		try {
			return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
		}
		catch (NumberFormatException notAVersion) {
			return NOT_A_VERSION;
		}
	}

	/** A write came without If-Match; answered with 428 Precondition Required. */
	public static class PreconditionRequiredException extends RuntimeException {

		PreconditionRequiredException() {
			super("If-Match header required");
		}
	}
}

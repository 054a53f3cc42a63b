package org.tsunagu.shared;

/**
 * Thrown for a page that starts at or beyond {@link CappedCount#CAP} rows: such lists are narrowed with their
 * filters instead. Shown as HTTP 400 with a message that says so (never a 500); a bad request like any other
 * {@link IllegalArgumentException}.
 */
public class PageBeyondCapException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public PageBeyondCapException(long offset) {
		super("Page offset " + offset + " is beyond the cap of " + CappedCount.CAP + " rows");
	}
}

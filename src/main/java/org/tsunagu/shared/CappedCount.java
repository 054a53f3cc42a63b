package org.tsunagu.shared;

import org.springframework.data.domain.Pageable;

/**
 * How many rows a list has, counted up to {@link #CAP} only: at national scale a list says 「10,000件以上」
 * instead of counting hundreds of thousands of rows on every request, and it is not paged beyond the cap by
 * offset (the audit log pages by keyset; other lists are narrowed with their filters).
 *
 * @param value the number of matching rows, at most {@link #CAP}
 * @param capped whether more than {@link #CAP} rows match (then {@code value} is {@link #CAP})
 */
public record CappedCount(long value, boolean capped) {

	/** The most rows a list counts, and the furthest offset it pages to. */
	public static final int CAP = 10_000;

	/** The rows a capped count reads at most: one more than {@link #CAP} tells that there are more. */
	public static final int ROWS_COUNTED = CAP + 1;

	public CappedCount {
		if (value < 0 || value > CAP || (capped && value != CAP)) {
			throw new IllegalArgumentException("Not a capped count: " + value + (capped ? " (capped)" : ""));
		}
	}

	/** The count of {@code rows}, which may be more than the cap (a count limited to {@link #ROWS_COUNTED}). */
	public static CappedCount of(long rows) {
		if (rows < 0) {
			throw new IllegalArgumentException("A count cannot be negative: " + rows);
		}
		return rows > CAP ? new CappedCount(CAP, true) : new CappedCount(rows, false);
	}

	/** Whether a page starting at {@code offset} lies within the cap. */
	public static boolean permitsOffset(long offset) {
		return offset >= 0 && offset < CAP;
	}

	/**
	 * Refuses a page that starts at or beyond the cap.
	 *
	 * @throws PageBeyondCapException when it does
	 */
	public static void checkOffset(Pageable pageable) {
		if (pageable.isPaged() && !permitsOffset(pageable.getOffset())) {
			throw new PageBeyondCapException(pageable.getOffset());
		}
	}
}

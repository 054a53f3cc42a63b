package org.tsunagu.reporting.internal;

/**
 * A table after {@link SmallCellSuppression}: the true counts (kept inside the center) and what may be
 * published of each cell. The last row holds the column totals; the last column the row totals when they are
 * published.
 */
final class SuppressedTable {

	/** How a cell is published. */
	enum Mark {

		/** The count itself. */
		PUBLISHED,

		/** A count from 1 to 4, shown as {@code <5}. */
		SMALL,

		/** Hidden so that a small count cannot be computed back, shown as {@code x}. */
		COMPLEMENTARY
	}

	static final String SMALL_TEXT = "<5";

	static final String HIDDEN_TEXT = "x";

	private final long[][] values;

	private final Mark[][] marks;

	private final boolean rowTotals;

	SuppressedTable(long[][] values, Mark[][] marks, boolean rowTotals) {
		this.values = values;
		this.marks = marks;
		this.rowTotals = rowTotals;
	}

	/** Rows including the totals row. */
	int height() {
		return values.length;
	}

	/** Columns including the row-totals column when published. */
	int width() {
		return values[0].length;
	}

	boolean hasRowTotals() {
		return rowTotals;
	}

	Mark mark(int row, int column) {
		return marks[row][column];
	}

	/** The true count; never published when the cell is hidden. */
	long value(int row, int column) {
		return values[row][column];
	}

	/** What is published: the count, {@code <5} or {@code x}. */
	String text(int row, int column) {
		return switch (marks[row][column]) {
			case PUBLISHED -> Long.toString(values[row][column]);
			case SMALL -> SMALL_TEXT;
			case COMPLEMENTARY -> HIDDEN_TEXT;
		};
	}

	boolean hidden(int row, int column) {
		return marks[row][column] != Mark.PUBLISHED;
	}
}

package org.tsunagu.reporting.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Small-cell suppression (小さな数の秘匿) of a table of counts before it leaves the center. Every published
 * count from 1 to 4 — inner cells and totals alike — is hidden as {@code <5} (primary suppression); then
 * more cells are hidden as {@code x} (complementary suppression) until no hidden cell can be computed back
 * from the published cells and the published row and column totals.
 *
 * <p>The rule used: the published margins are linear equations over the hidden cells; a hidden cell is safe
 * when it lies on a cycle of hidden cells (row–column–row–…), because then adding and subtracting the same
 * amount around the cycle keeps every total and changes the cell. With only column totals published, a cell
 * is safe when its column has another hidden cell. A cell that is not safe gets the cheapest partners hidden
 * with it: small non-zero counts first, zeros and totals only when nothing else exists. Zeros are published
 * as 0: a 0 is not a person.
 *
 * <p>Pure and deterministic (same table, same result), so it is tested on its own with generated tables.
 */
final class SmallCellSuppression {

	/** Counts below this (and above 0) are never published. */
	static final int THRESHOLD = 5;

	private static final long TOTAL_PENALTY = 1_000_000L;

	private static final long ZERO_PENALTY = 1_000_000_000L;

	private SmallCellSuppression() {
	}

	/**
	 * Suppresses a table.
	 *
	 * @param inner the counts, rows × columns, at least one of each
	 * @param rowTotals whether each row's total is published (a last column); column totals (a last row) always are
	 */
	static SuppressedTable apply(long[][] inner, boolean rowTotals) {
		int rows = inner.length;
		if (rows == 0 || inner[0].length == 0) {
			throw new IllegalArgumentException("A table needs at least one row and one column");
		}
		int columns = inner[0].length;
		long[][] values = new long[rows + 1][columns + (rowTotals ? 1 : 0)];
		for (int r = 0; r < rows; r++) {
			if (inner[r].length != columns) {
				throw new IllegalArgumentException("Ragged table at row " + r);
			}
			for (int c = 0; c < columns; c++) {
				if (inner[r][c] < 0) {
					throw new IllegalArgumentException("Negative count at " + r + "," + c);
				}
				values[r][c] = inner[r][c];
				values[rows][c] += inner[r][c];
				if (rowTotals) {
					values[r][columns] += inner[r][c];
					values[rows][columns] += inner[r][c];
				}
			}
		}
		SuppressedTable.Mark[][] marks = new SuppressedTable.Mark[values.length][values[0].length];
		for (int r = 0; r < values.length; r++) {
			for (int c = 0; c < values[0].length; c++) {
				marks[r][c] = values[r][c] > 0 && values[r][c] < THRESHOLD ? SuppressedTable.Mark.SMALL
						: SuppressedTable.Mark.PUBLISHED;
			}
		}
		new Run(values, marks, rowTotals).complete();
		return new SuppressedTable(values, marks, rowTotals);
	}

	/** One suppression run over an augmented table (totals in the last row and, if published, last column). */
	private static final class Run {

		private final long[][] values;

		private final SuppressedTable.Mark[][] marks;

		private final boolean rowTotals;

		private final int height;

		private final int width;

		Run(long[][] values, SuppressedTable.Mark[][] marks, boolean rowTotals) {
			this.values = values;
			this.marks = marks;
			this.rowTotals = rowTotals;
			this.height = values.length;
			this.width = values[0].length;
		}

		void complete() {
			boolean changed = true;
			while (changed) {
				changed = false;
				for (int r = 0; r < height; r++) {
					for (int c = 0; c < width; c++) {
						if (hidden(r, c) && !safe(r, c)) {
							protect(r, c);
							changed = true;
						}
					}
				}
			}
		}

		private boolean safe(int row, int column) {
			if (!rowTotals) {
				for (int r = 0; r < height; r++) {
					if (r != row && hidden(r, column)) {
						return true;
					}
				}
				return false;
			}
			return connectedWithout(row, column);
		}

		/** Whether row node {@code row} reaches column node {@code column} over hidden cells other than (row, column). */
		private boolean connectedWithout(int row, int column) {
			boolean[] seenRows = new boolean[height];
			boolean[] seenColumns = new boolean[width];
			Deque<int[]> queue = new ArrayDeque<>();
			seenRows[row] = true;
			queue.add(new int[] { 0, row });
			while (!queue.isEmpty()) {
				int[] node = queue.poll();
				if (node[0] == 0) {
					for (int c = 0; c < width; c++) {
						if (hidden(node[1], c) && !(node[1] == row && c == column) && !seenColumns[c]) {
							if (c == column) {
								return true;
							}
							seenColumns[c] = true;
							queue.add(new int[] { 1, c });
						}
					}
				}
				else {
					for (int r = 0; r < height; r++) {
						if (hidden(r, node[1]) && !(r == row && node[1] == column) && !seenRows[r]) {
							seenRows[r] = true;
							queue.add(new int[] { 0, r });
						}
					}
				}
			}
			return false;
		}

		private void protect(int row, int column) {
			if (!rowTotals) {
				int best = -1;
				for (int r = 0; r < height; r++) {
					if (r != row && (best < 0 || cost(r, column) < cost(best, column))) {
						best = r;
					}
				}
				hide(best, column);
				return;
			}
			int bestRow = -1;
			int bestColumn = -1;
			long bestCost = Long.MAX_VALUE;
			for (int r = 0; r < height; r++) {
				for (int c = 0; c < width; c++) {
					if (r == row || c == column) {
						continue;
					}
					long cost = cost(row, c) + cost(r, column) + cost(r, c);
					if (cost < bestCost) {
						bestCost = cost;
						bestRow = r;
						bestColumn = c;
					}
				}
			}
			hide(row, bestColumn);
			hide(bestRow, column);
			hide(bestRow, bestColumn);
		}

		private long cost(int row, int column) {
			if (hidden(row, column)) {
				return 0;
			}
			boolean total = row == height - 1 || (rowTotals && column == width - 1);
			long value = values[row][column];
			return (value == 0 ? ZERO_PENALTY : value) + (total ? TOTAL_PENALTY : 0);
		}

		private void hide(int row, int column) {
			if (!hidden(row, column)) {
				marks[row][column] = SuppressedTable.Mark.COMPLEMENTARY;
			}
		}

		private boolean hidden(int row, int column) {
			return marks[row][column] != SuppressedTable.Mark.PUBLISHED;
		}
	}
}

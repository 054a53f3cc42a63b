package org.tsunagu.reporting.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent check of a suppressed table, by linear algebra rather than by the cycles the suppression
 * itself uses: the published totals are equations over the hidden cells; a hidden cell can be computed back
 * exactly when its unit vector lies in the row space of those equations (in reduced row echelon form: a row
 * with a single non-zero entry).
 */
final class SuppressionOracle {

	private SuppressionOracle() {
	}

	/** The hidden cells (row, column) whose value the published cells and totals determine. */
	static List<int[]> determinedCells(SuppressedTable table) {
		int height = table.height();
		int width = table.width();
		int innerColumns = table.hasRowTotals() ? width - 1 : width;
		int[][] index = new int[height][width];
		List<int[]> unknowns = new ArrayList<>();
		for (int r = 0; r < height; r++) {
			for (int c = 0; c < width; c++) {
				index[r][c] = table.hidden(r, c) ? unknowns.size() : -1;
				if (table.hidden(r, c)) {
					unknowns.add(new int[] { r, c });
				}
			}
		}
		List<double[]> equations = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			double[] equation = new double[unknowns.size()];
			for (int r = 0; r < height; r++) {
				if (index[r][c] >= 0) {
					equation[index[r][c]] = r == height - 1 ? -1 : 1;
				}
			}
			equations.add(equation);
		}
		if (table.hasRowTotals()) {
			for (int r = 0; r < height; r++) {
				double[] equation = new double[unknowns.size()];
				for (int c = 0; c < width; c++) {
					if (index[r][c] >= 0) {
						equation[index[r][c]] = c == innerColumns ? -1 : 1;
					}
				}
				equations.add(equation);
			}
		}
		List<int[]> determined = new ArrayList<>();
		for (double[] row : reduced(equations, unknowns.size())) {
			int nonZero = 0;
			int at = -1;
			for (int i = 0; i < row.length; i++) {
				if (Math.abs(row[i]) > 1e-9) {
					nonZero++;
					at = i;
				}
			}
			if (nonZero == 1) {
				determined.add(unknowns.get(at));
			}
		}
		return determined;
	}

	private static List<double[]> reduced(List<double[]> equations, int unknowns) {
		double[][] m = equations.toArray(double[][]::new);
		int pivotRow = 0;
		for (int column = 0; column < unknowns && pivotRow < m.length; column++) {
			int best = pivotRow;
			for (int r = pivotRow; r < m.length; r++) {
				if (Math.abs(m[r][column]) > Math.abs(m[best][column])) {
					best = r;
				}
			}
			if (Math.abs(m[best][column]) < 1e-9) {
				continue;
			}
			double[] swap = m[pivotRow];
			m[pivotRow] = m[best];
			m[best] = swap;
			double pivot = m[pivotRow][column];
			for (int c = 0; c < unknowns; c++) {
				m[pivotRow][c] /= pivot;
			}
			for (int r = 0; r < m.length; r++) {
				if (r != pivotRow && Math.abs(m[r][column]) > 1e-9) {
					double factor = m[r][column];
					for (int c = 0; c < unknowns; c++) {
						m[r][c] -= factor * m[pivotRow][c];
					}
				}
			}
			pivotRow++;
		}
		return List.of(m).subList(0, pivotRow);
	}
}

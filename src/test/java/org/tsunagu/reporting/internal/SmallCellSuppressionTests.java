package org.tsunagu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression on tables small enough to check by hand.
 */
class SmallCellSuppressionTests {

	@Test
	void publishesATableWithoutSmallCountsAsItIs() {
		SuppressedTable table = SmallCellSuppression.apply(new long[][] { { 5, 0, 12 }, { 7, 9, 0 } }, true);

		assertThat(row(table, 0)).containsExactly("5", "0", "12", "17");
		assertThat(row(table, 1)).containsExactly("7", "9", "0", "16");
		assertThat(row(table, 2)).containsExactly("12", "9", "12", "33");
	}

	@Test
	void hidesASmallCountAndTheThreeCellsThatWouldGiveItAway() {
		// 松本 has 3 children with 人工呼吸器: with the row and column totals published, hiding the 3 alone
		// would let anyone compute it as 20 − 10 − 7. The cheapest rectangle through it is hidden with it.
		SuppressedTable table = SmallCellSuppression.apply(new long[][] { { 3, 10, 7 }, { 8, 6, 9 } }, true);

		assertThat(row(table, 0)).containsExactly("<5", "x", "7", "20");
		assertThat(row(table, 1)).containsExactly("x", "x", "9", "23");
		assertThat(row(table, 2)).containsExactly("11", "16", "16", "43");
		assertThat(SuppressionOracle.determinedCells(table)).isEmpty();
	}

	@Test
	void hidesTotalsWhenOnlyTheTotalCouldGiveTheSmallCountAway() {
		// One region only: the column totals equal the row, so the totals row must hide the same cells.
		SuppressedTable table = SmallCellSuppression.apply(new long[][] { { 2, 30, 0 } }, true);

		assertThat(row(table, 0).get(0)).isEqualTo("<5");
		assertThat(row(table, 1).get(0)).isEqualTo("<5");
		assertThat(SuppressionOracle.determinedCells(table)).isEmpty();
		assertThat(row(table, 0)).doesNotContain("2");
	}

	@Test
	void withColumnTotalsOnlyHidesASecondCellOfTheSameColumn() {
		// By 圏域 × care item a child counts under several items, so rows have no total; columns do.
		SuppressedTable table = SmallCellSuppression.apply(new long[][] { { 4, 6 }, { 9, 8 }, { 12, 0 } }, false);

		assertThat(row(table, 0)).containsExactly("<5", "6");
		assertThat(row(table, 1)).containsExactly("x", "8");
		assertThat(row(table, 2)).containsExactly("12", "0");
		assertThat(row(table, 3)).containsExactly("25", "14");
	}

	@Test
	void aSmallTotalIsHiddenToo() {
		SuppressedTable table = SmallCellSuppression.apply(new long[][] { { 1, 0 }, { 2, 0 } }, false);

		assertThat(row(table, 2)).containsExactly("<5", "0");
		assertThat(SuppressionOracle.determinedCells(table)).isEmpty();
	}

	@Test
	void refusesNegativeCountsAndEmptyTables() {
		assertThatThrownBy(() -> SmallCellSuppression.apply(new long[][] { { -1 } }, true))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SmallCellSuppression.apply(new long[0][0], true))
			.isInstanceOf(IllegalArgumentException.class);
	}

	static java.util.List<String> row(SuppressedTable table, int row) {
		java.util.List<String> texts = new java.util.ArrayList<>();
		for (int c = 0; c < table.width(); c++) {
			texts.add(table.text(row, c));
		}
		return texts;
	}
}

package org.tsunagu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of small-cell suppression that hold for every table, checked on generated tables with many
 * small counts and zeros; the check that nothing can be computed back is the independent
 * {@link SuppressionOracle}.
 */
class SmallCellSuppressionPropertiesTests {

	@Property(tries = 300)
	void neverPublishesACountFromOneToFour(@ForAll("tables") long[][] counts, @ForAll boolean rowTotals) {
		SuppressedTable table = SmallCellSuppression.apply(counts, rowTotals);

		for (int r = 0; r < table.height(); r++) {
			for (int c = 0; c < table.width(); c++) {
				if (!table.hidden(r, c)) {
					assertThat(table.value(r, c)).satisfiesAnyOf(v -> assertThat(v).isZero(),
							v -> assertThat(v).isGreaterThanOrEqualTo(SmallCellSuppression.THRESHOLD));
				}
				else if (table.mark(r, c) == SuppressedTable.Mark.SMALL) {
					assertThat(table.value(r, c)).isBetween(1L, 4L);
				}
			}
		}
	}

	@Property(tries = 300)
	void noHiddenCellCanBeComputedBackFromThePublishedTotals(@ForAll("tables") long[][] counts,
			@ForAll boolean rowTotals) {
		SuppressedTable table = SmallCellSuppression.apply(counts, rowTotals);

		assertThat(SuppressionOracle.determinedCells(table)).isEmpty();
	}

	@Property(tries = 200)
	void publishedTotalsAreTheSumsOfTheCounts(@ForAll("tables") long[][] counts) {
		SuppressedTable table = SmallCellSuppression.apply(counts, true);

		long grand = 0;
		for (int r = 0; r < counts.length; r++) {
			long row = 0;
			for (long value : counts[r]) {
				row += value;
			}
			assertThat(table.value(r, table.width() - 1)).isEqualTo(row);
			grand += row;
		}
		assertThat(table.value(table.height() - 1, table.width() - 1)).isEqualTo(grand);
	}

	@Property(tries = 200)
	void tablesWithoutSmallCountsAreNotTouched(@ForAll("largeTables") long[][] counts, @ForAll boolean rowTotals) {
		SuppressedTable table = SmallCellSuppression.apply(counts, rowTotals);

		for (int r = 0; r < table.height(); r++) {
			for (int c = 0; c < table.width(); c++) {
				assertThat(table.hidden(r, c)).isFalse();
			}
		}
	}

	@Property(tries = 100)
	void theSameTableIsAlwaysSuppressedTheSameWay(@ForAll("tables") long[][] counts, @ForAll boolean rowTotals) {
		SuppressedTable first = SmallCellSuppression.apply(counts, rowTotals);
		SuppressedTable second = SmallCellSuppression.apply(counts, rowTotals);

		for (int r = 0; r < first.height(); r++) {
			for (int c = 0; c < first.width(); c++) {
				assertThat(second.text(r, c)).isEqualTo(first.text(r, c));
			}
		}
	}

	@Provide
	Arbitrary<long[][]> tables() {
		Arbitrary<Long> count = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
				net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 4)),
				net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(5, 40)));
		return grid(count);
	}

	@Provide
	Arbitrary<long[][]> largeTables() {
		return grid(Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(5, 60)));
	}

	private static Arbitrary<long[][]> grid(Arbitrary<Long> count) {
		return Arbitraries.integers().between(1, 6).flatMap(rows -> Arbitraries.integers().between(1, 6)
			.flatMap(columns -> count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows)));
	}
}

package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.tsunagu.registry.CareItemOption;
import org.tsunagu.registry.CareScore;
import org.tsunagu.registry.CareScoreRow;
import org.tsunagu.registry.CareSelection;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the 判定スコア that hold for every possible sheet, not only the examples.
 */
class CareScorePropertiesTests {

	static final List<CareItemOption> OPTIONS = CareScoreTables.calculator().options();

	final CareScoreCalculator calculator = CareScoreTables.calculator();

	@Property
	void totalIsTheSumOfTheRowsAndWithinTheSheet(@ForAll("sheets") List<CareSelection> sheet) {
		CareScore score = calculator.calculate(sheet);

		assertThat(score.total()).isEqualTo(score.rows().stream().mapToInt(CareScoreRow::points).sum())
			.isBetween(0, 123);
		assertThat(score.total() == 0 || score.total() >= 3).isTrue();
	}

	@Property
	void addingAnItemNeverLowersTheTotal(@ForAll("sheets") List<CareSelection> sheet,
			@ForAll("selections") CareSelection extra) {
		List<CareSelection> more = new ArrayList<>(sheet);
		more.add(extra);

		assertThat(calculator.calculate(more).total()).isGreaterThanOrEqualTo(calculator.calculate(sheet).total());
	}

	@Property
	void countsTheVentilatorGroupOnce(@ForAll("sheets") List<CareSelection> sheet) {
		CareScore score = calculator.calculate(sheet);

		assertThat(score.rows().stream().filter(row -> row.itemNo() == 1).count()).isLessThanOrEqualTo(1);
		boolean ventilated = score.rows().stream().anyMatch(row -> row.itemNo() == 1);
		score.rows()
			.stream()
			.filter(row -> row.itemNo() == 2 && ventilated)
			.forEach(row -> assertThat(row.points()).isEqualTo(row.base()));
	}

	@Property
	void careClassRisesWithTheTotal(@ForAll("sheets") List<CareSelection> a, @ForAll("sheets") List<CareSelection> b) {
		CareScore first = calculator.calculate(a);
		CareScore second = calculator.calculate(b);
		if (first.total() <= second.total()) {
			assertThat(first.careClass()).isLessThanOrEqualTo(second.careClass());
		}
	}

	@Property
	void selectionOrderDoesNotMatter(@ForAll("sheets") List<CareSelection> sheet) {
		List<CareSelection> reversed = new ArrayList<>(sheet);
		java.util.Collections.reverse(reversed);

		assertThat(calculator.calculate(reversed)).isEqualTo(calculator.calculate(sheet));
	}

	@Provide
	Arbitrary<List<CareSelection>> sheets() {
		return selections().list().ofMaxSize(25);
	}

	@Provide
	Arbitrary<CareSelection> selections() {
		return Arbitraries.of(OPTIONS)
			.flatMap(option -> Combinators.combine(Arbitraries.just(option), Arbitraries.of(option.levels()))
				.as((row, level) -> new CareSelection(row.itemNo(), row.subItem(), level)));
	}
}

package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tsunagu.reference.CareScoreItemView;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.CareItemOption;
import org.tsunagu.registry.CareLevel;
import org.tsunagu.registry.CareScore;
import org.tsunagu.registry.CareSelection;
import org.tsunagu.registry.InvalidCareSelectionException;

class CareScoreCalculatorTests {

	CareScoreCalculator calculator = CareScoreTables.calculator();

	@ParameterizedTest(name = "row {0}-{1} with 見守り {2} scores {3}")
	@CsvSource({ "1,0,HIGH,12", "1,0,MID,11", "1,0,LOW,10", "2,0,HIGH,10", "2,0,LOW,8", "3,0,HIGH,6", "3,0,LOW,5",
			"4,0,HIGH,9", "4,0,LOW,8", "5,0,HIGH,9", "5,0,LOW,8", "6,0,LOW,3", "7,1,HIGH,10", "7,1,LOW,8",
			"7,2,HIGH,4", "7,2,LOW,3", "8,0,HIGH,10", "8,0,LOW,8", "9,1,HIGH,6", "9,1,LOW,5", "9,2,HIGH,4",
			"9,2,LOW,3", "10,0,HIGH,4", "10,0,LOW,3", "11,0,HIGH,10", "11,0,LOW,8", "12,1,LOW,5", "12,2,HIGH,4",
			"12,2,LOW,3", "13,1,HIGH,6", "13,1,LOW,5", "13,2,LOW,5", "13,3,LOW,3", "14,0,HIGH,5", "14,0,LOW,3" })
	void scoresEachRowAsBasePlusTheChosenWatchLevel(int itemNo, int subItem, CareLevel level, int points) {
		CareScore score = calculator.calculate(List.of(new CareSelection(itemNo, subItem, level)));

		assertThat(score.total()).isEqualTo(points);
		assertThat(score.rows()).singleElement().satisfies(row -> {
			assertThat(row.points()).isEqualTo(row.base() + row.watch()).isEqualTo(points);
			assertThat(row.level()).isEqualTo(level);
		});
	}

	@Test
	void offersTheNineteenRowsOfTheTableWithTheirLevels() {
		List<CareItemOption> options = calculator.options();

		assertThat(options).hasSize(19);
		assertThat(options.get(0).levels()).containsExactly(CareLevel.HIGH, CareLevel.MID, CareLevel.LOW);
		assertThat(options.get(1).levels()).containsExactly(CareLevel.HIGH, CareLevel.LOW);
		assertThat(options.get(5).levels()).containsExactly(CareLevel.LOW);
		assertThat(options.get(5).hasChoice()).isFalse();
		assertThat(options).extracting(o -> o.itemNo() + "-" + o.subItem())
			.containsExactly("1-0", "2-0", "3-0", "4-0", "5-0", "6-0", "7-1", "7-2", "8-0", "9-1", "9-2", "10-0",
					"11-0", "12-1", "12-2", "13-1", "13-2", "13-3", "14-0");
	}

	@ParameterizedTest(name = "row {0}-{1} has no 見守り {2}")
	@CsvSource({ "2,0,MID", "6,0,HIGH", "6,0,MID", "12,1,HIGH", "13,2,HIGH", "13,3,MID", "14,0,MID" })
	void rejectsALevelTheRowDoesNotHave(int itemNo, int subItem, CareLevel level) {
		assertThatThrownBy(() -> calculator.calculate(List.of(new CareSelection(itemNo, subItem, level))))
			.isInstanceOf(InvalidCareSelectionException.class)
			.hasMessageContaining("has no 見守り level " + level);
	}

	@ParameterizedTest(name = "no row {0}-{1}")
	@CsvSource({ "1,1", "7,0", "7,3", "13,4" })
	void rejectsARowTheTableDoesNotHave(int itemNo, int subItem) {
		assertThatThrownBy(() -> calculator.calculate(List.of(new CareSelection(itemNo, subItem, CareLevel.LOW))))
			.isInstanceOf(InvalidCareSelectionException.class)
			.hasMessageContaining("No care score row " + itemNo + "-" + subItem);
	}

	@Test
	void rejectsAnItemNumberOutsideTheSheet() {
		assertThatThrownBy(() -> new CareSelection(15, 0, CareLevel.LOW))
			.isInstanceOf(InvalidCareSelectionException.class);
		assertThatThrownBy(() -> new CareSelection(0, 0, CareLevel.LOW))
			.isInstanceOf(InvalidCareSelectionException.class);
	}

	@Test
	void countsTheVentilatorGroupOnceAtTheHighestLevelChosen() {
		// A child on NPPV at night and a high-flow device by day: one 人工呼吸器 item.
		CareScore score = calculator.calculate(List.of(new CareSelection(1, 0, CareLevel.MID),
				new CareSelection(1, 0, CareLevel.HIGH), new CareSelection(1, 0, CareLevel.LOW)));

		assertThat(score.rows()).hasSize(1);
		assertThat(score.total()).isEqualTo(12);
	}

	@Test
	void addsOnlyTheBaseOfTracheostomyWhenTheChildIsAlsoVentilated() {
		CareScore score = calculator.calculate(
				List.of(new CareSelection(1, 0, CareLevel.HIGH), new CareSelection(2, 0, CareLevel.HIGH)));

		assertThat(score.total()).isEqualTo(10 + 2 + 8);
		assertThat(score.rows().get(1).watch()).isZero();
		assertThat(score.rows().get(1).points()).isEqualTo(8);
	}

	@Test
	void addsTheWatchOfTracheostomyWithoutAVentilator() {
		CareScore score = calculator.calculate(List.of(new CareSelection(2, 0, CareLevel.HIGH)));

		assertThat(score.total()).isEqualTo(10);
	}

	@Test
	void reachesTheMaximumOf123WithEveryRowAtItsHighestLevel() {
		List<CareSelection> everything = new ArrayList<>();
		for (CareItemOption option : calculator.options()) {
			everything.add(new CareSelection(option.itemNo(), option.subItem(), option.levels().get(0)));
		}

		CareScore score = calculator.calculate(everything);

		assertThat(score.total()).isEqualTo(123);
		assertThat(score.careClass()).isEqualTo(CareClass.CLASS_3);
	}

	@Test
	void scoresNothingForNoCareAndThreeForTheSmallestItem() {
		assertThat(calculator.calculate(List.of()).total()).isZero();
		assertThat(calculator.calculate(List.of()).careClass()).isEqualTo(CareClass.NONE);
		CareScore nebuliser = calculator.calculate(List.of(new CareSelection(6, 0, CareLevel.LOW)));
		assertThat(nebuliser.total()).isEqualTo(3);
		assertThat(nebuliser.careClass()).isEqualTo(CareClass.CLASS_1);
	}

	@Test
	void listsTheRowsInTableOrderWhateverTheOrderOfSelection() {
		CareScore score = calculator.calculate(List.of(new CareSelection(7, 1, CareLevel.LOW),
				new CareSelection(5, 0, CareLevel.HIGH), new CareSelection(1, 0, CareLevel.LOW)));

		assertThat(score.rows()).extracting(row -> row.itemNo()).containsExactly(1, 5, 7);
		assertThat(score.total()).isEqualTo(10 + 9 + 8);
		assertThat(score.careClass()).isEqualTo(CareClass.CLASS_2);
	}

	@Test
	void usesTheTableVersionInForceOnTheAssessmentDate() {
		List<CareScoreItemView> versions = new ArrayList<>(CareScoreTables.shipped());
		CareScoreItemView later = new CareScoreItemView(6, "ネブライザーの管理", null, 4, null, null, 0,
				LocalDate.of(2030, 4, 1), 1);
		versions.add(later);

		assertThat(CareScoreCalculator.on(LocalDate.of(2025, 1, 1), versions, CareScoreSettings.DEFAULTS)
			.options()).hasSize(19);
		assertThat(CareScoreCalculator.on(LocalDate.of(2030, 4, 1), versions, CareScoreSettings.DEFAULTS)
			.calculate(List.of(new CareSelection(6, 0, CareLevel.LOW)))
			.total()).isEqualTo(4);
	}
}

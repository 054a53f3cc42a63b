package org.tsunagu.information.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tsunagu.information.QuestionInput;
import org.tsunagu.information.QuestionKind;
import org.tsunagu.information.SurveyInput;
import org.tsunagu.information.SurveyResults;
import org.tsunagu.information.SurveyStatus;

/**
 * A survey's answers are read strictly (whole numbers, listed choices, required answers), links are
 * unguessable and stored hashed, the deadline closes the survey at midnight JST, and the totals come out by
 * 圏域 in the prefecture's order.
 */
class SurveyAnsweringTests {

	private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 25);

	private final Survey survey = new Survey(new SurveyInput("見本の調査", null, DEADLINE, List.of(
			new QuestionInput(QuestionKind.NUMBER, "人数", List.of(), List.of(), true),
			new QuestionInput(QuestionKind.CHOICE, "配置", List.of("あり", "なし"), List.of(), true),
			new QuestionInput(QuestionKind.COUNT_TABLE, "年齢×ケア", List.of("0〜5歳", "6〜11歳"), List.of("吸引", "経管栄養"),
					false),
			new QuestionInput(QuestionKind.TEXT, "要望", List.of(), List.of(), false))));

	private final List<Question> q = survey.getQuestions();

	@Test
	void readsNumbersChoicesAndTableCellsIncludingFullWidthDigits() {
		var parsed = AnswerSheetParser.parse(q, Map.of(AnswerSheetParser.field(q.get(0).getId()), "１２",
				AnswerSheetParser.field(q.get(1).getId()), "あり", AnswerSheetParser.field(q.get(2).getId(), 2, 1), "3",
				AnswerSheetParser.field(q.get(2).getId(), 1, 2), ""));

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.cells()).extracting(AnswerSheetParser.Cell::number).containsExactly(12L, null, 3L);
	}

	@Test
	void refusesMissingRequiredAnswersNegativeNumbersAndUnknownChoices() {
		var parsed = AnswerSheetParser.parse(q, Map.of(AnswerSheetParser.field(q.get(1).getId()), "たぶん",
				AnswerSheetParser.field(q.get(2).getId(), 1, 1), "-1"));

		assertThat(parsed.errors()).containsEntry(AnswerSheetParser.field(q.get(0).getId()), "information.survey.answer.required")
			.containsEntry(AnswerSheetParser.field(q.get(1).getId()), "information.survey.answer.choice")
			.containsEntry(AnswerSheetParser.field(q.get(2).getId(), 1, 1), "information.survey.answer.number");
	}

	@Test
	void takesAnswersUntilMidnightOfTheDeadlineInJapan() {
		assertThat(survey.takesAnswersAt(Instant.parse("2026-12-01T00:00:00Z"))).isFalse();
		survey.open(LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T00:00:00Z"));

		assertThat(survey.getStatus()).isEqualTo(SurveyStatus.OPEN);
		assertThat(survey.takesAnswersAt(Instant.parse("2026-12-25T14:59:59Z"))).isTrue();
		assertThat(survey.takesAnswersAt(Instant.parse("2026-12-25T15:00:00Z"))).isFalse();
		assertThatThrownBy(() -> survey.apply(new SurveyInput("変更", null, DEADLINE, List.of(
				new QuestionInput(QuestionKind.TEXT, "追加", List.of(), List.of(), false)))))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesToOpenAfterTheDeadline() {
		assertThatThrownBy(() -> survey.open(DEADLINE.plusDays(1), Instant.now()))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void makesLongRandomTokensAndStoresOnlyTheirHash() {
		String token = SurveyTokens.newToken();

		assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(SurveyTokens.newToken());
		assertThat(SurveyTokens.hash(token)).hasSize(64).doesNotContain(token).isEqualTo(SurveyTokens.hash(token));
	}

	@Test
	void addsUpAnswersByRegionInThePrefecturesOrder() {
		Respondent matsumotoCity = respondent("202029", "松本", true);
		Respondent azumino = respondent("202207", "松本", true);
		Respondent kiso = respondent("204307", "木曽", false);
		List<Answer> answers = List.of(
				answer(matsumotoCity, q.get(0), 0, 0, 4L, null), answer(azumino, q.get(0), 0, 0, 6L, null),
				answer(matsumotoCity, q.get(1), 0, 0, null, "あり"), answer(azumino, q.get(1), 0, 0, null, "なし"),
				answer(matsumotoCity, q.get(2), 1, 1, 2L, null), answer(azumino, q.get(2), 2, 1, 1L, null),
				answer(azumino, q.get(2), 2, 2, 5L, null));

		SurveyResults results = SurveyResultsCalculator.calculate(survey, List.of("木曽", "松本"),
				List.of(matsumotoCity, azumino, kiso), answers);

		var number = results.questions().get(0);
		assertThat(number.regions()).extracting(SurveyResults.RegionRow::regionName).containsExactly("木曽", "松本");
		assertThat(number.regions().get(1).values()).containsExactly(10L);
		assertThat(number.regions().get(1).answered()).isEqualTo(2);
		assertThat(number.regions().get(0).respondents()).isEqualTo(1);
		assertThat(number.total().values()).containsExactly(10L);
		assertThat(results.questions().get(1).regions().get(1).values()).containsExactly(1L, 1L);
		var table = results.questions().get(2);
		assertThat(table.regions().get(1).values()).containsExactly(3L, 5L);
		assertThat(table.table()[1]).containsExactly(1L, 5L);
	}

	private Respondent respondent(String code, String region, boolean answered) {
		Respondent respondent = new Respondent(survey.getId(), code, "見本市" + code, region, null,
				SurveyTokens.hash(SurveyTokens.newToken()), Instant.parse("2026-12-25T15:00:00Z"));
		if (answered) {
			respondent.markAnswered(Instant.parse("2026-12-02T00:00:00Z"));
		}
		return respondent;
	}

	private static Answer answer(Respondent r, Question question, int row, int column, Long number, String text) {
		return new Answer(r.getId(), question.getId(), row, column, number, text);
	}

}

package org.tsunagu.information.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.tsunagu.information.SurveyResults;
import org.tsunagu.information.SurveyResults.QuestionResult;
import org.tsunagu.information.SurveyResults.RegionRow;

/**
 * Adds up the answers of a survey by 圏域: sums of numbers and table columns, counts of choices and of text
 * answers. Only respondents who answered count.
 */
final class SurveyResultsCalculator {

	private SurveyResultsCalculator() {
	}

	static SurveyResults calculate(Survey survey, List<String> regionOrder, List<Respondent> respondents,
			List<Answer> answers) {
		Map<UUID, String> regionOf = respondents.stream()
			.collect(Collectors.toMap(Respondent::getId, Respondent::getRegionName));
		Map<String, List<Respondent>> byRegion = new LinkedHashMap<>();
		regionOrder.forEach(region -> byRegion.put(region, new ArrayList<>()));
		respondents.forEach(r -> byRegion.computeIfAbsent(r.getRegionName(), k -> new ArrayList<>()).add(r));
		Map<UUID, List<Answer>> byQuestion = answers.stream().collect(Collectors.groupingBy(Answer::getQuestionId));

		List<QuestionResult> results = new ArrayList<>();
		for (Question q : survey.getQuestions()) {
			List<String> columns = columnsOf(q);
			Map<String, long[]> sums = new HashMap<>();
			long[][] table = new long[q.choiceList().size()][q.columnList().size()];
			for (Answer a : byQuestion.getOrDefault(q.getId(), List.of())) {
				long[] values = sums.computeIfAbsent(regionOf.get(a.getRespondentId()), k -> new long[columns.size()]);
				add(q, a, values, table);
			}
			List<RegionRow> rows = new ArrayList<>();
			long[] total = new long[columns.size()];
			for (Map.Entry<String, List<Respondent>> region : byRegion.entrySet()) {
				long[] values = sums.getOrDefault(region.getKey(), new long[columns.size()]);
				for (int i = 0; i < values.length; i++) {
					total[i] += values[i];
				}
				rows.add(new RegionRow(region.getKey(), region.getValue().size(), answered(region.getValue()), values));
			}
			RegionRow prefecture = new RegionRow("", respondents.size(), answered(respondents), total);
			results.add(new QuestionResult(q.getId(), q.getLabel(), q.getKind(), columns, rows, prefecture,
					q.choiceList(), table));
		}
		return new SurveyResults(survey.getId(), survey.getTitle(), results);
	}

	private static List<String> columnsOf(Question q) {
		return switch (q.getKind()) {
			case CHOICE -> q.choiceList();
			case COUNT_TABLE -> q.columnList();
			default -> List.of("");
		};
	}

	private static void add(Question q, Answer a, long[] values, long[][] table) {
		switch (q.getKind()) {
			case NUMBER -> values[0] += a.getNumber() == null ? 0 : a.getNumber();
			case CHOICE -> {
				int index = q.choiceList().indexOf(a.getText());
				if (index >= 0) {
					values[index]++;
				}
			}
			case COUNT_TABLE -> {
				long n = a.getNumber() == null ? 0 : a.getNumber();
				if (a.getColumn() >= 1 && a.getColumn() <= values.length && a.getRow() >= 1
						&& a.getRow() <= table.length) {
					values[a.getColumn() - 1] += n;
					table[a.getRow() - 1][a.getColumn() - 1] += n;
				}
			}
			default -> values[0]++;
		}
	}

	private static int answered(List<Respondent> respondents) {
		return (int) respondents.stream().filter(r -> r.getAnsweredAt() != null).count();
	}
}

package org.tsunagu.information;

import java.util.List;
import java.util.UUID;

/**
 * The answers of a survey added up by 圏域, in the prefecture's order of 圏域, with a prefecture total.
 */
public record SurveyResults(UUID surveyId, String title, List<QuestionResult> questions) {

	/**
	 * One question's totals. For a number: one column (the sum); for a choice: one column per choice (how
	 * many chose it); for a count table: one column per table column (the sum over its rows), and
	 * {@code table} holds the prefecture's full table; for text: one column (how many answered).
	 */
	public record QuestionResult(UUID questionId, String label, QuestionKind kind, List<String> columns,
			List<RegionRow> regions, RegionRow total, List<String> tableRows, long[][] table) {
	}

	/** The totals of one 圏域 (or of the prefecture). */
	public record RegionRow(String regionName, int respondents, int answered, long[] values) {
	}
}

package org.tsunagu.information;

import java.util.List;

/**
 * One question of a survey.
 *
 * @param choices the choices of a {@link QuestionKind#CHOICE}, or the rows (e.g. age bands) of a
 * {@link QuestionKind#COUNT_TABLE}
 * @param columns the columns (e.g. care items) of a {@link QuestionKind#COUNT_TABLE}
 */
public record QuestionInput(QuestionKind kind, String label, List<String> choices, List<String> columns,
		boolean required) {

	public QuestionInput {
		choices = choices.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
		columns = columns.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
		if (label.isBlank()) {
			throw new IllegalArgumentException("A question needs a label");
		}
		if (kind == QuestionKind.CHOICE && choices.size() < 2) {
			throw new IllegalArgumentException("A choice question needs at least two choices");
		}
		if (kind == QuestionKind.COUNT_TABLE && (choices.isEmpty() || columns.isEmpty())) {
			throw new IllegalArgumentException("A count table needs rows and columns");
		}
	}
}

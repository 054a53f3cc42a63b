package org.tsunagu.information.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Reads a respondent's form values against the questions: numbers are whole and 0 or more, a choice is one
 * of the listed ones, required questions are answered. Blank table cells count as 0 and are not stored.
 */
final class AnswerSheetParser {

	static final long MAX_NUMBER = 10_000_000L;

	private AnswerSheetParser() {
	}

	/** One value to store. */
	record Cell(UUID questionId, int row, int column, @Nullable Long number, @Nullable String text) {
	}

	/** The values to store, or the field errors (field name → message key). */
	record Parsed(List<Cell> cells, Map<String, String> errors) {
	}

	static String field(UUID questionId) {
		return "q" + questionId;
	}

	static String field(UUID questionId, int row, int column) {
		return "q" + questionId + "_" + row + "_" + column;
	}

	static Parsed parse(List<Question> questions, Map<String, String> values) {
		List<Cell> cells = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Question q : questions) {
			switch (q.getKind()) {
				case COUNT_TABLE -> {
					for (int r = 1; r <= q.choiceList().size(); r++) {
						for (int c = 1; c <= q.columnList().size(); c++) {
							String name = field(q.getId(), r, c);
							String value = values.getOrDefault(name, "").strip();
							if (!value.isEmpty()) {
								Long number = number(value);
								if (number == null) {
									errors.put(name, "information.survey.answer.number");
								}
								else if (number > 0) {
									cells.add(new Cell(q.getId(), r, c, number, null));
								}
							}
						}
					}
				}
				default -> single(q, values.getOrDefault(field(q.getId()), "").strip(), cells, errors);
			}
		}
		return new Parsed(cells, errors);
	}

	private static void single(Question q, String value, List<Cell> cells, Map<String, String> errors) {
		String name = field(q.getId());
		if (value.isEmpty()) {
			if (q.isRequired()) {
				errors.put(name, "information.survey.answer.required");
			}
			return;
		}
		switch (q.getKind()) {
			case NUMBER -> {
				Long number = number(value);
				if (number == null) {
					errors.put(name, "information.survey.answer.number");
				}
				else {
					cells.add(new Cell(q.getId(), 0, 0, number, null));
				}
			}
			case CHOICE -> {
				if (q.choiceList().contains(value)) {
					cells.add(new Cell(q.getId(), 0, 0, null, value));
				}
				else {
					errors.put(name, "information.survey.answer.choice");
				}
			}
			default -> {
				if (value.length() > 4000) {
					errors.put(name, "information.survey.answer.size");
				}
				else {
					cells.add(new Cell(q.getId(), 0, 0, null, value));
				}
			}
		}
	}

	private static @Nullable Long number(String value) {
		String digits = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC).replace(",", "");
		if (!digits.matches("\\d{1,8}")) {
			return null;
		}
		long number = Long.parseLong(digits);
		return number > MAX_NUMBER ? null : number;
	}

	/** The stored values as form values, to fill the form again. */
	static Map<String, String> formValues(List<Answer> answers) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Answer a : answers) {
			String name = a.getRow() == 0 ? field(a.getQuestionId()) : field(a.getQuestionId(), a.getRow(), a.getColumn());
			values.put(name, a.getNumber() != null ? a.getNumber().toString() : String.valueOf(a.getText()));
		}
		return values;
	}
}

package org.tsunagu.information;

import java.util.List;
import java.util.UUID;

/**
 * A question as the screens show it.
 */
public record SurveyQuestion(UUID id, int position, QuestionKind kind, String label, List<String> choices,
		List<String> columns, boolean required) {
}

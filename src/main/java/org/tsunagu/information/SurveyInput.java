package org.tsunagu.information;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A survey as staff write it: answers are taken until the end of {@code deadline} (JST).
 */
public record SurveyInput(String title, @Nullable String description, LocalDate deadline,
		List<QuestionInput> questions) {
}

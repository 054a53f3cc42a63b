package org.tsunagu.information;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A survey with its questions and how many have answered.
 */
public record SurveyDetails(UUID id, long version, String title, @Nullable String description, LocalDate deadline,
		SurveyStatus status, List<SurveyQuestion> questions, int respondents, int answered) {
}

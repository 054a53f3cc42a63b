package org.tsunagu.training;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A participant's questionnaire answers.
 *
 * @param referenceNumber the application's reference number
 * @param email the e-mail given when applying
 * @param ratings five ratings 1–5, in the order of {@link FeedbackSummary#QUESTIONS}
 * @param comment free text
 */
public record FeedbackInput(String referenceNumber, String email, List<Integer> ratings, @Nullable String comment) {
}

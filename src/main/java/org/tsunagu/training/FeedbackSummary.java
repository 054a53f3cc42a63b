package org.tsunagu.training;

import java.util.List;

/**
 * The questionnaire of an offering summed up.
 *
 * @param answers how many answered
 * @param averages the average of each question (0 when nobody answered), in the order of {@link #QUESTIONS}
 * @param comments the free-text comments
 */
public record FeedbackSummary(int answers, List<Double> averages, List<String> comments) {

	/** The message-key suffixes of the five questions. */
	public static final List<String> QUESTIONS = List.of("overall", "content", "instructors", "usefulness",
			"organisation");
}

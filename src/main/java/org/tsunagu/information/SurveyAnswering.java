package org.tsunagu.information;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answering a survey through a link, without an account: the token in the link is the only key. A token
 * that is unknown, replaced or past the deadline opens nothing.
 */
public interface SurveyAnswering {

	/** The form for the link's respondent, with their saved answers. */
	Optional<AnswerSheet> open(String token);

	/**
	 * Saves (or replaces) the respondent's answers.
	 *
	 * @param values form values: {@code q<question id>} and {@code q<question id>_<row>_<column>} for tables
	 * @return the field errors (name → message key); empty when saved
	 * @throws org.tsunagu.shared.RecordNotFoundException when the link opens nothing
	 */
	Map<String, String> answer(String token, Map<String, String> values);

	/** The survey as its respondent sees it. */
	record AnswerSheet(String surveyTitle, String description, LocalDate deadline, String municipalityName,
			boolean answered, List<SurveyQuestion> questions, Map<String, String> values) {
	}
}

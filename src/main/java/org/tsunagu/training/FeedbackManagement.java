package org.tsunagu.training;

import java.util.UUID;

/** The post-course questionnaire: participants answer on the public site, staff read the summary. */
public interface FeedbackManagement {

	/**
	 * Takes a participant's answers (no login): the reference number and e-mail of an accepted application
	 * identify them; one answer per application.
	 *
	 * @throws IllegalArgumentException when reference and e-mail do not match an accepted application
	 * @throws IllegalStateException when the participant has already answered
	 */
	void submit(FeedbackInput input);

	/** Averages per question and the comments of an offering. */
	FeedbackSummary summary(UUID offeringId);
}

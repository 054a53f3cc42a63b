package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child's care profile: 医療的ケア判定スコア assessments with their devices, kept as a dated history (a new
 * assessment never overwrites an old one), and the separate old 超重症児 score. Reads and writes check the
 * caller's scope for the child and are audited; the calculation alone touches no personal data.
 */
public interface CareAssessmentManagement {

	/** The rows of the 判定スコア table in force today, in sheet order, for forms. */
	List<CareItemOption> careItems();

	/**
	 * The score of a set of items and levels, computed with the table in force on the date given; nothing is
	 * stored.
	 *
	 * @throws InvalidCareSelectionException for an unknown row or a 見守り level the row does not have
	 */
	CareScore calculate(List<CareSelection> items, LocalDate on);

	/**
	 * Records a new assessment for a child with the score computed by the system.
	 *
	 * @return the new assessment's id
	 * @throws InvalidCareSelectionException for an unknown row or level
	 */
	UUID record(UUID childId, CareAssessmentInput input);

	/** The child's assessments, newest first. */
	List<CareAssessmentView> assessments(UUID childId);

	/** Records an old 判定スコア (超重症児・準超重症児) total; the classification follows from it. */
	UUID recordSevereScore(UUID childId, LocalDate scoredOn, int total, @Nullable String notes);

	/** The child's old 判定スコア, newest first. */
	List<SevereScoreView> severeScores(UUID childId);
}

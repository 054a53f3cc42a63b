package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * ライフステージ and 移行期: a child's timeline with handover alerts, and from 15 years on the transition
 * checklist and the referral to the 移行期医療支援センター. Scope-checked and audited.
 */
public interface LifeStageManagement {

	/** The child's timeline in date order; the read is audited. */
	LifeStageTimeline timeline(UUID childId);

	/** Records that a stage happened (or changes its record), matched by stage and planned date. */
	void recordEvent(UUID childId, LifeStage stage, @Nullable LocalDate plannedDate, LocalDate actualDate,
			@Nullable String notes);

	/** Children within the caller's scope with a handover within its lead time, soonest first. */
	List<HandoverAlert> alerts();

	/**
	 * Marks a checklist item done (with its date) or not done.
	 *
	 * @throws TransitionNotApplicableException for a child under 15
	 */
	void recordChecklistItem(UUID childId, TransitionTopic topic, boolean done, @Nullable LocalDate doneOn);

	/**
	 * Records or changes the referral to the 移行期医療支援センター.
	 *
	 * @throws TransitionNotApplicableException for a child under 15
	 */
	void saveReferral(UUID childId, long version, TransitionReferralInput referral);
}

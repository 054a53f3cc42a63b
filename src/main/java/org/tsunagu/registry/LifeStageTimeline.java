package org.tsunagu.registry;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child's stages in date order and, from 15 years on, the 移行期 checklist and referral.
 *
 * @param transitionApplies whether the child is old enough for the transition part
 */
public record LifeStageTimeline(UUID childId, List<TimelineEntry> entries, boolean transitionApplies,
		List<TransitionItemView> checklist, @Nullable TransitionReferralInput referral, long referralVersion) {

	public LifeStageTimeline {
		entries = List.copyOf(entries);
		checklist = List.copyOf(checklist);
	}
}

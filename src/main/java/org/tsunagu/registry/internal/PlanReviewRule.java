package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.MunicipalityPlanStatus;
import org.tsunagu.registry.PlanAttention;

/**
 * The rule of the power-dependency work list: a power-dependent child needs attention when there is no plan
 * (or the municipality has not started one), when it is still being made, or when nobody has looked at it
 * for longer than the review period. Pure, so the rule can be read and tested without a database.
 */
final class PlanReviewRule {

	private final int reviewAfterDays;

	PlanReviewRule(int reviewAfterDays) {
		this.reviewAfterDays = reviewAfterDays;
	}

	/**
	 * Why the plan needs attention, or empty when it is fine.
	 *
	 * @param status the municipality's plan status, null when no plan is recorded
	 * @param lastLookedAt the later of the plan date and the last review
	 */
	Optional<PlanAttention> attention(@Nullable MunicipalityPlanStatus status, @Nullable LocalDate lastLookedAt,
			LocalDate today) {
		if (status == null || status == MunicipalityPlanStatus.NOT_STARTED) {
			return Optional.of(PlanAttention.NO_PLAN);
		}
		if (status == MunicipalityPlanStatus.IN_PROGRESS) {
			return Optional.of(PlanAttention.IN_PROGRESS);
		}
		if (lastLookedAt == null || lastLookedAt.isBefore(today.minusDays(reviewAfterDays))) {
			return Optional.of(PlanAttention.OUTDATED);
		}
		return Optional.empty();
	}
}

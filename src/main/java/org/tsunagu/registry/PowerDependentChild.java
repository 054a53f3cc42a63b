package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child whose ventilator, suction or other care depends on power and whose disaster plan needs work.
 *
 * @param lastPlanDate the plan date or last review, whichever is later; null without a plan
 */
public record PowerDependentChild(UUID childId, String fullName, String regionName, String municipalityCode,
		String municipalityName, PlanAttention reason, @Nullable LocalDate lastPlanDate) {
}

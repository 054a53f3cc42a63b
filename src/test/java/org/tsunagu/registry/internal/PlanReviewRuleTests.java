package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tsunagu.registry.MunicipalityPlanStatus;
import org.tsunagu.registry.PlanAttention;

/** Which power-dependent children the disaster plan work list shows, and why. */
class PlanReviewRuleTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private final PlanReviewRule rule = new PlanReviewRule(365);

	@Test
	void listsAChildWithoutAPlanOrWhoseMunicipalityHasNotStarted() {
		assertThat(rule.attention(null, null, TODAY)).contains(PlanAttention.NO_PLAN);
		assertThat(rule.attention(MunicipalityPlanStatus.NOT_STARTED, null, TODAY)).contains(PlanAttention.NO_PLAN);
	}

	@Test
	void listsAPlanStillBeingMade() {
		assertThat(rule.attention(MunicipalityPlanStatus.IN_PROGRESS, TODAY, TODAY)).contains(PlanAttention.IN_PROGRESS);
	}

	@Test
	void leavesOutAPlanMadeOrReviewedWithinTheYear() {
		assertThat(rule.attention(MunicipalityPlanStatus.DONE, TODAY.minusDays(365), TODAY)).isEmpty();
	}

	@Test
	void listsAPlanNobodyLookedAtForMoreThanAYear() {
		assertThat(rule.attention(MunicipalityPlanStatus.DONE, TODAY.minusDays(366), TODAY))
			.contains(PlanAttention.OUTDATED);
	}
}

package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.registry.DisasterPlanInput;
import org.tsunagu.registry.MunicipalityPlanStatus;

/** A disaster plan guards its own state. */
class DisasterPlanTests {

	@Test
	void refusesAMadePlanWithoutADate() {
		DisasterPlanInput done = new DisasterPlanInput(MunicipalityPlanStatus.DONE, null, null, null, null, false,
				null, null, null, List.of(), null, null, null);

		assertThatThrownBy(() -> new DisasterPlan(UUID.randomUUID(), done)).isInstanceOf(IllegalStateException.class);
	}
}

package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The edited content of a child's 個別避難計画 record: devices and power, where to and how, who helps, stock.
 */
public record DisasterPlanInput(MunicipalityPlanStatus municipalityPlanStatus,
		@Nullable LocalDate municipalityPlanDate, @Nullable String powerDevices, @Nullable Integer batteryHours,
		@Nullable String powerSources, boolean powerCompanyRegistered,
		@Nullable EvacuationDecision evacuationDecision, @Nullable String destination, @Nullable String transport,
		List<PlanHelperInput> helpers, @Nullable Integer stockDays, @Nullable String notes,
		@Nullable LocalDate lastReviewedOn) {

	/** The most helpers a plan names. */
	public static final int MAX_HELPERS = 3;

	public DisasterPlanInput {
		helpers = List.copyOf(helpers);
	}
}

package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.DisasterPlanInput;
import org.tsunagu.registry.EvacuationDecision;
import org.tsunagu.registry.MunicipalityPlanStatus;
import org.tsunagu.registry.PlanHelperInput;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A child's 個別避難計画 as the center knows it: the municipality's plan status, power for the devices,
 * where and how to evacuate, who helps, and how many days of supplies the family keeps.
 */
@Entity
@Table(name = "registry_disaster_plans")
class DisasterPlan extends AuditedEntity {

	@Column(name = "child_id", nullable = false, updatable = false)
	private UUID childId = new UUID(0, 0);

	@Enumerated(EnumType.STRING)
	@Column(name = "municipality_plan_status", nullable = false, length = 20)
	private MunicipalityPlanStatus municipalityPlanStatus = MunicipalityPlanStatus.NOT_STARTED;

	@Column(name = "municipality_plan_date")
	private @Nullable LocalDate municipalityPlanDate;

	@Column(name = "power_devices", length = 1000)
	private @Nullable String powerDevices;

	@Column(name = "battery_hours")
	private @Nullable Integer batteryHours;

	@Column(name = "power_sources", length = 500)
	private @Nullable String powerSources;

	@Column(name = "power_company_registered", nullable = false)
	private boolean powerCompanyRegistered;

	@Enumerated(EnumType.STRING)
	@Column(name = "evacuation_decision", length = 20)
	private @Nullable EvacuationDecision evacuationDecision;

	@Column(length = 200)
	private @Nullable String destination;

	@Column(length = 200)
	private @Nullable String transport;

	@Column(name = "stock_days")
	private @Nullable Integer stockDays;

	@Column(length = 2000)
	private @Nullable String notes;

	@Column(name = "last_reviewed_on")
	private @Nullable LocalDate lastReviewedOn;

	@ElementCollection
	@CollectionTable(name = "registry_disaster_plan_helpers", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "sort_order")
	private List<PlanHelper> helpers = new ArrayList<>();

	protected DisasterPlan() {
	}

	DisasterPlan(UUID childId, DisasterPlanInput input) {
		this.childId = childId;
		apply(input);
	}

	/**
	 * Takes over the edited plan. A plan the municipality has made has a date; battery hours and stock days
	 * are not negative; at most three helpers.
	 */
	void apply(DisasterPlanInput input) {
		if (input.municipalityPlanStatus() == MunicipalityPlanStatus.DONE && input.municipalityPlanDate() == null) {
			throw new IllegalStateException("A plan the municipality has made (DONE) needs its date");
		}
		if (negative(input.batteryHours()) || negative(input.stockDays())) {
			throw new IllegalArgumentException("Battery hours and stock days cannot be negative");
		}
		if (input.helpers().size() > DisasterPlanInput.MAX_HELPERS) {
			throw new IllegalArgumentException("A plan names at most " + DisasterPlanInput.MAX_HELPERS + " helpers");
		}
		municipalityPlanStatus = input.municipalityPlanStatus();
		municipalityPlanDate = input.municipalityPlanDate();
		powerDevices = input.powerDevices();
		batteryHours = input.batteryHours();
		powerSources = input.powerSources();
		powerCompanyRegistered = input.powerCompanyRegistered();
		evacuationDecision = input.evacuationDecision();
		destination = input.destination();
		transport = input.transport();
		stockDays = input.stockDays();
		notes = input.notes();
		lastReviewedOn = input.lastReviewedOn();
		helpers.clear();
		input.helpers().forEach(h -> helpers.add(new PlanHelper(h.name(), h.relation(), h.phone())));
	}

	private static boolean negative(@Nullable Integer value) {
		return value != null && value < 0;
	}

	/** The plan's content as entered. */
	DisasterPlanInput toInput() {
		List<PlanHelperInput> named = helpers.stream()
			.map(h -> new PlanHelperInput(h.getName(), h.getRelation(), h.getPhone()))
			.toList();
		return new DisasterPlanInput(municipalityPlanStatus, municipalityPlanDate, powerDevices, batteryHours,
				powerSources, powerCompanyRegistered, evacuationDecision, destination, transport, named, stockDays,
				notes, lastReviewedOn);
	}

	UUID getChildId() {
		return childId;
	}

	MunicipalityPlanStatus getMunicipalityPlanStatus() {
		return municipalityPlanStatus;
	}

	/** The later of the plan date and the last review: when somebody last looked at the plan. */
	@Nullable
	LocalDate lastLookedAt() {
		if (municipalityPlanDate == null) {
			return lastReviewedOn;
		}
		return lastReviewedOn == null || municipalityPlanDate.isAfter(lastReviewedOn) ? municipalityPlanDate
				: lastReviewedOn;
	}
}

package org.tsunagu.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.registry.DisasterPlanInput;
import org.tsunagu.registry.DisasterPlanView;
import org.tsunagu.registry.EvacuationDecision;
import org.tsunagu.registry.MunicipalityPlanStatus;
import org.tsunagu.registry.PlanHelperInput;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of a child's 個別避難計画; also the API's request body. Three helper rows, blank ones ignored.
 */
public class DisasterPlanForm {

	@NotNull(message = "{registry.disaster.status.required}")
	private @Nullable MunicipalityPlanStatus municipalityPlanStatus = MunicipalityPlanStatus.NOT_STARTED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate municipalityPlanDate;

	@Size(max = 1000, message = "{registry.text.size}")
	private @Nullable String powerDevices;

	@Min(value = 0, message = "{registry.disaster.hours.range}")
	@Max(value = 240, message = "{registry.disaster.hours.range}")
	private @Nullable Integer batteryHours;

	@Size(max = 500, message = "{registry.text.size}")
	private @Nullable String powerSources;

	private boolean powerCompanyRegistered;

	private @Nullable EvacuationDecision evacuationDecision;

	@Size(max = 200, message = "{registry.text.size}")
	private @Nullable String destination;

	@Size(max = 200, message = "{registry.text.size}")
	private @Nullable String transport;

	@Valid
	private List<HelperRow> helpers = new ArrayList<>(List.of(new HelperRow(), new HelperRow(), new HelperRow()));

	@Min(value = 0, message = "{registry.disaster.days.range}")
	@Max(value = 365, message = "{registry.disaster.days.range}")
	private @Nullable Integer stockDays;

	@Size(max = 2000, message = "{registry.text.size}")
	private @Nullable String notes;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate lastReviewedOn;

	private long version = DisasterPlanView.NEW;

	/** A plan the municipality has made has a date. */
	@AssertTrue(message = "{registry.disaster.planDate.required}")
	public boolean isPlanDateGivenWhenDone() {
		return municipalityPlanStatus != MunicipalityPlanStatus.DONE || municipalityPlanDate != null;
	}

	static DisasterPlanForm of(DisasterPlanView view) {
		DisasterPlanInput plan = view.plan();
		DisasterPlanForm form = new DisasterPlanForm();
		form.municipalityPlanStatus = plan.municipalityPlanStatus();
		form.municipalityPlanDate = plan.municipalityPlanDate();
		form.powerDevices = plan.powerDevices();
		form.batteryHours = plan.batteryHours();
		form.powerSources = plan.powerSources();
		form.powerCompanyRegistered = plan.powerCompanyRegistered();
		form.evacuationDecision = plan.evacuationDecision();
		form.destination = plan.destination();
		form.transport = plan.transport();
		for (int i = 0; i < plan.helpers().size() && i < form.helpers.size(); i++) {
			form.helpers.set(i, HelperRow.of(plan.helpers().get(i)));
		}
		form.stockDays = plan.stockDays();
		form.notes = plan.notes();
		form.lastReviewedOn = plan.lastReviewedOn();
		form.version = view.version();
		return form;
	}

	DisasterPlanInput toInput() {
		List<PlanHelperInput> named = helpers.stream().filter(row -> !row.isBlank()).limit(DisasterPlanInput.MAX_HELPERS)
			.map(HelperRow::toInput).toList();
		return new DisasterPlanInput(
				municipalityPlanStatus == null ? MunicipalityPlanStatus.NOT_STARTED : municipalityPlanStatus,
				municipalityPlanDate, blankToNull(powerDevices), batteryHours, blankToNull(powerSources),
				powerCompanyRegistered, evacuationDecision, blankToNull(destination), blankToNull(transport), named,
				stockDays, blankToNull(notes), lastReviewedOn);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// Plain accessors for data binding.

	public @Nullable MunicipalityPlanStatus getMunicipalityPlanStatus() {
		return municipalityPlanStatus;
	}

	public void setMunicipalityPlanStatus(@Nullable MunicipalityPlanStatus value) {
		municipalityPlanStatus = value;
	}

	public @Nullable LocalDate getMunicipalityPlanDate() {
		return municipalityPlanDate;
	}

	public void setMunicipalityPlanDate(@Nullable LocalDate value) {
		municipalityPlanDate = value;
	}

	public @Nullable String getPowerDevices() {
		return powerDevices;
	}

	public void setPowerDevices(@Nullable String value) {
		powerDevices = value;
	}

	public @Nullable Integer getBatteryHours() {
		return batteryHours;
	}

	public void setBatteryHours(@Nullable Integer value) {
		batteryHours = value;
	}

	public @Nullable String getPowerSources() {
		return powerSources;
	}

	public void setPowerSources(@Nullable String value) {
		powerSources = value;
	}

	public boolean isPowerCompanyRegistered() {
		return powerCompanyRegistered;
	}

	public void setPowerCompanyRegistered(boolean value) {
		powerCompanyRegistered = value;
	}

	public @Nullable EvacuationDecision getEvacuationDecision() {
		return evacuationDecision;
	}

	public void setEvacuationDecision(@Nullable EvacuationDecision value) {
		evacuationDecision = value;
	}

	public @Nullable String getDestination() {
		return destination;
	}

	public void setDestination(@Nullable String value) {
		destination = value;
	}

	public @Nullable String getTransport() {
		return transport;
	}

	public void setTransport(@Nullable String value) {
		transport = value;
	}

	public List<HelperRow> getHelpers() {
		return helpers;
	}

	public void setHelpers(List<HelperRow> value) {
		helpers = value;
	}

	public @Nullable Integer getStockDays() {
		return stockDays;
	}

	public void setStockDays(@Nullable Integer value) {
		stockDays = value;
	}

	public @Nullable String getNotes() {
		return notes;
	}

	public void setNotes(@Nullable String value) {
		notes = value;
	}

	public @Nullable LocalDate getLastReviewedOn() {
		return lastReviewedOn;
	}

	public void setLastReviewedOn(@Nullable LocalDate value) {
		lastReviewedOn = value;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long value) {
		version = value;
	}

	/** One helper row of the form. */
	public static class HelperRow {

		@Size(max = 100, message = "{registry.text.size}")
		private String name = "";

		@Size(max = 50, message = "{registry.text.size}")
		private String relation = "";

		@Size(max = 20, message = "{registry.text.size}")
		private String phone = "";

		static HelperRow of(PlanHelperInput helper) {
			HelperRow row = new HelperRow();
			row.name = helper.name();
			row.relation = helper.relation() == null ? "" : helper.relation();
			row.phone = helper.phone() == null ? "" : helper.phone();
			return row;
		}

		boolean isBlank() {
			return name.isBlank();
		}

		PlanHelperInput toInput() {
			return new PlanHelperInput(name.strip(), blankToNull(relation), blankToNull(phone));
		}

		public String getName() {
			return name;
		}

		public void setName(@Nullable String value) {
			name = value == null ? "" : value;
		}

		public String getRelation() {
			return relation;
		}

		public void setRelation(@Nullable String value) {
			relation = value == null ? "" : value;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(@Nullable String value) {
			phone = value == null ? "" : value;
		}
	}
}

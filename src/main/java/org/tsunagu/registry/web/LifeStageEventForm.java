package org.tsunagu.registry.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.registry.LifeStage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form to record that a stage happened.
 */
public class LifeStageEventForm {

	@NotNull(message = "{registry.lifeStage.stage.required}")
	private @Nullable LifeStage stage;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate plannedDate;

	@NotNull(message = "{registry.lifeStage.actualDate.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate actualDate;

	@Size(max = 1000, message = "{registry.text.size}")
	private String notes = "";

	public @Nullable LifeStage getStage() {
		return stage;
	}

	public void setStage(@Nullable LifeStage value) {
		stage = value;
	}

	public @Nullable LocalDate getPlannedDate() {
		return plannedDate;
	}

	public void setPlannedDate(@Nullable LocalDate value) {
		plannedDate = value;
	}

	public @Nullable LocalDate getActualDate() {
		return actualDate;
	}

	public void setActualDate(@Nullable LocalDate value) {
		actualDate = value;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(@Nullable String value) {
		notes = value == null ? "" : value.strip();
	}
}

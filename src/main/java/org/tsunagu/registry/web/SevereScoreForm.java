package org.tsunagu.registry.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The form of an old 判定スコア (超重症児・準超重症児) total. Only added, never edited: no version.
 */
public class SevereScoreForm {

	@NotNull(message = "{registry.care.severe.scoredOn.required}")
	@PastOrPresent(message = "{registry.care.severe.scoredOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate scoredOn;

	@NotNull(message = "{registry.care.severe.total.required}")
	@Min(value = 0, message = "{registry.care.severe.total.range}")
	@Max(value = 200, message = "{registry.care.severe.total.range}")
	private @Nullable Integer total;

	@Size(max = 1000, message = "{registry.care.notes.size}")
	private String notes = "";

	public @Nullable LocalDate getScoredOn() {
		return scoredOn;
	}

	public void setScoredOn(@Nullable LocalDate scoredOn) {
		this.scoredOn = scoredOn;
	}

	public @Nullable Integer getTotal() {
		return total;
	}

	public void setTotal(@Nullable Integer total) {
		this.total = total;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}
}

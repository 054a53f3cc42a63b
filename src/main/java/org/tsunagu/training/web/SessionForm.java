package org.tsunagu.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.training.ModuleKind;
import org.tsunagu.training.SessionInput;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A day or module added to an offering; {@code version} is the offering's. Hours may be 1.5. */
public class SessionForm {

	private long version;

	@NotNull(message = "{training.session.heldOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate heldOn;

	@NotNull(message = "{training.session.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime startsAt = LocalTime.of(10, 0);

	@NotNull(message = "{training.session.time.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime endsAt = LocalTime.of(12, 0);

	@NotNull(message = "{training.session.moduleKind.required}")
	private @Nullable ModuleKind moduleKind = ModuleKind.LECTURE;

	@NotBlank(message = "{training.session.title.required}")
	@Size(max = 200, message = "{training.size}")
	private String title = "";

	@NotNull(message = "{training.session.hours.range}")
	@DecimalMin(value = "0.5", message = "{training.session.hours.range}")
	@DecimalMax(value = "12", message = "{training.session.hours.range}")
	private @Nullable BigDecimal hours = new BigDecimal("2");

	@Size(max = 200, message = "{training.size}")
	private @Nullable String venue;

	private boolean online;

	@AssertTrue(message = "{training.session.time.order}")
	public boolean isTimeInOrder() {
		return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
	}

	SessionInput toInput() {
		int minutes = Objects.requireNonNull(hours).multiply(BigDecimal.valueOf(60)).intValue();
		return new SessionInput(Objects.requireNonNull(heldOn), Objects.requireNonNull(startsAt),
				Objects.requireNonNull(endsAt), Objects.requireNonNull(moduleKind), title, minutes, venue, online);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(@Nullable LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public @Nullable LocalTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(@Nullable LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public @Nullable LocalTime getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(@Nullable LocalTime endsAt) {
		this.endsAt = endsAt;
	}

	public @Nullable ModuleKind getModuleKind() {
		return moduleKind;
	}

	public void setModuleKind(@Nullable ModuleKind moduleKind) {
		this.moduleKind = moduleKind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable BigDecimal getHours() {
		return hours;
	}

	public void setHours(@Nullable BigDecimal hours) {
		this.hours = hours;
	}

	public @Nullable String getVenue() {
		return venue;
	}

	public void setVenue(@Nullable String venue) {
		this.venue = venue;
	}

	public boolean isOnline() {
		return online;
	}

	public void setOnline(boolean online) {
		this.online = online;
	}
}

package org.tsunagu.training.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.training.ModuleKind;
import org.tsunagu.training.SessionInput;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One day or module of an offering; part of the {@link Offering} aggregate. */
@Entity
@Table(name = "training_sessions")
class TrainingSession {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn = LocalDate.EPOCH;

	@Column(name = "starts_at", nullable = false)
	private LocalTime startsAt = LocalTime.MIDNIGHT;

	@Column(name = "ends_at", nullable = false)
	private LocalTime endsAt = LocalTime.MIDNIGHT;

	@Enumerated(EnumType.STRING)
	@Column(name = "module_kind", nullable = false, length = 20)
	private ModuleKind moduleKind = ModuleKind.LECTURE;

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(nullable = false)
	private int minutes;

	@Column(length = 200)
	private @Nullable String venue;

	@Column(nullable = false)
	private boolean online;

	protected TrainingSession() {
	}

	TrainingSession(SessionInput input) {
		if (!input.endsAt().isAfter(input.startsAt())) {
			throw new IllegalArgumentException("A session ends after it starts");
		}
		if (input.minutes() <= 0) {
			throw new IllegalArgumentException("A session has a positive length");
		}
		if (input.title() == null || input.title().isBlank()) {
			throw new IllegalArgumentException("A session needs a title");
		}
		this.heldOn = input.heldOn();
		this.startsAt = input.startsAt();
		this.endsAt = input.endsAt();
		this.moduleKind = input.moduleKind();
		this.title = input.title().strip();
		this.minutes = input.minutes();
		this.venue = input.venue() == null || input.venue().isBlank() ? null : input.venue().strip();
		this.online = input.online();
	}

	UUID getId() {
		return id;
	}

	LocalDate getHeldOn() {
		return heldOn;
	}

	LocalTime getStartsAt() {
		return startsAt;
	}

	LocalTime getEndsAt() {
		return endsAt;
	}

	ModuleKind getModuleKind() {
		return moduleKind;
	}

	String getTitle() {
		return title;
	}

	int getMinutes() {
		return minutes;
	}

	@Nullable String getVenue() {
		return venue;
	}

	boolean isOnline() {
		return online;
	}
}

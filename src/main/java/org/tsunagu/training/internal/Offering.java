package org.tsunagu.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.shared.AuditedEntity;
import org.tsunagu.training.OfferingInput;
import org.tsunagu.training.SessionInput;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * One yearly offering of a course (e.g. 令和8年度 支援者養成研修): places, the application period, whether a
 * 市町村推薦 is needed, instructors, and its sessions in date order.
 */
@Entity
@Table(name = "training_offerings")
class Offering extends AuditedEntity {

	@Column(name = "course_id", nullable = false)
	private UUID courseId = new UUID(0, 0);

	@Column(name = "fiscal_year", nullable = false)
	private int fiscalYear;

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(nullable = false)
	private int capacity;

	@Column(name = "application_opens", nullable = false)
	private LocalDate applicationOpens = LocalDate.EPOCH;

	@Column(name = "application_closes", nullable = false)
	private LocalDate applicationCloses = LocalDate.EPOCH;

	@Column(name = "recommendation_required", nullable = false)
	private boolean recommendationRequired;

	@Column(length = 1000)
	private @Nullable String instructors;

	@Column(length = 2000)
	private @Nullable String note;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "offering_id", nullable = false)
	private List<TrainingSession> sessions = new ArrayList<>();

	protected Offering() {
	}

	Offering(OfferingInput input) {
		apply(input);
	}

	void apply(OfferingInput input) {
		if (input.capacity() < 1) {
			throw new IllegalArgumentException("An offering has at least one place");
		}
		if (input.applicationCloses().isBefore(input.applicationOpens())) {
			throw new IllegalArgumentException("Applications close after they open");
		}
		if (input.title() == null || input.title().isBlank()) {
			throw new IllegalArgumentException("An offering needs a title");
		}
		this.courseId = input.courseId();
		this.fiscalYear = input.fiscalYear();
		this.title = input.title().strip();
		this.capacity = input.capacity();
		this.applicationOpens = input.applicationOpens();
		this.applicationCloses = input.applicationCloses();
		this.recommendationRequired = input.recommendationRequired();
		this.instructors = blankToNull(input.instructors());
		this.note = blankToNull(input.note());
	}

	TrainingSession addSession(SessionInput input) {
		TrainingSession session = new TrainingSession(input);
		sessions.add(session);
		return session;
	}

	/**
	 * Removes a session.
	 *
	 * @throws IllegalStateException when attendance was already recorded for it (the caller knows)
	 */
	void removeSession(UUID sessionId, boolean hasAttendance) {
		if (hasAttendance) {
			throw new IllegalStateException("Session " + sessionId + " has attendance and stays");
		}
		if (!sessions.removeIf(session -> session.getId().equals(sessionId))) {
			throw new IllegalArgumentException("No session " + sessionId + " in offering " + getId());
		}
	}

	/** Whether applications are taken on the given day. */
	boolean isOpenOn(LocalDate day) {
		return !day.isBefore(applicationOpens) && !day.isAfter(applicationCloses);
	}

	List<TrainingSession> getSessions() {
		return sessions.stream()
			.sorted(Comparator.comparing(TrainingSession::getHeldOn).thenComparing(TrainingSession::getStartsAt))
			.toList();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	UUID getCourseId() {
		return courseId;
	}

	int getFiscalYear() {
		return fiscalYear;
	}

	String getTitle() {
		return title;
	}

	int getCapacity() {
		return capacity;
	}

	LocalDate getApplicationOpens() {
		return applicationOpens;
	}

	LocalDate getApplicationCloses() {
		return applicationCloses;
	}

	boolean isRecommendationRequired() {
		return recommendationRequired;
	}

	@Nullable String getInstructors() {
		return instructors;
	}

	@Nullable String getNote() {
		return note;
	}
}

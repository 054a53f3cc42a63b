package org.tsunagu.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tsunagu.shared.AuditedEntity;
import org.tsunagu.shared.KanaText;
import org.tsunagu.training.ApplicationInput;
import org.tsunagu.training.ApplicationStatus;
import org.tsunagu.training.AttendanceStatus;
import org.tsunagu.training.OrganisationKind;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * An application for an offering (受講申込) and, once accepted, the participant's attendance, the completion
 * computed from it and the 修了証. State changes check the current status and name it when refused.
 */
@Entity
@Table(name = "training_applications")
class TrainingApplication extends AuditedEntity {

	@Column(name = "offering_id", nullable = false)
	private UUID offeringId = new UUID(0, 0);

	@Column(name = "person_id", nullable = false)
	private UUID personId = new UUID(0, 0);

	@Column(name = "reference_number", nullable = false, length = 20)
	private String referenceNumber = "";

	@Column(name = "applied_at", nullable = false)
	private Instant appliedAt = Instant.EPOCH;

	@Column(nullable = false, length = 100)
	private String name = "";

	@Column(nullable = false, length = 100)
	private String kana = "";

	@Column(name = "birth_date", nullable = false)
	private LocalDate birthDate = LocalDate.EPOCH;

	@Column(nullable = false, length = 200)
	private String organisation = "";

	@Enumerated(EnumType.STRING)
	@Column(name = "organisation_kind", nullable = false, length = 30)
	private OrganisationKind organisationKind = OrganisationKind.OTHER;

	@Column(nullable = false, length = 100)
	private String job = "";

	@Column(name = "region_name", nullable = false, length = 50)
	private String regionName = "";

	@Column(name = "municipality_code", length = 6)
	private @Nullable String municipalityCode;

	@Column(nullable = false, length = 254)
	private String email = "";

	@Column(length = 30)
	private @Nullable String phone;

	@Column(length = 500)
	private @Nullable String qualifications;

	@Column(name = "recommended_by", length = 200)
	private @Nullable String recommendedBy;

	@Column(name = "prerequisite_note", length = 500)
	private @Nullable String prerequisiteNote;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ApplicationStatus status = ApplicationStatus.APPLIED;

	@Column(name = "status_reason", length = 500)
	private @Nullable String statusReason;

	@Column(name = "waitlisted_at")
	private @Nullable Instant waitlistedAt;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(nullable = false)
	private boolean completed;

	@Column(name = "lecture_part_completed", nullable = false)
	private boolean lecturePartCompleted;

	@Column(name = "completed_on")
	private @Nullable LocalDate completedOn;

	@Column(name = "attendance_updated_at")
	private @Nullable Instant attendanceUpdatedAt;

	@Column(name = "certificate_number", length = 30)
	private @Nullable String certificateNumber;

	@Column(name = "certificate_issued_on")
	private @Nullable LocalDate certificateIssuedOn;

	@Column(name = "coordinator_added_at")
	private @Nullable Instant coordinatorAddedAt;

	@Column(name = "reminded_at")
	private @Nullable Instant remindedAt;

	@Column(name = "anonymised_at")
	private @Nullable Instant anonymisedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "application_id", nullable = false)
	private List<Attendance> attendance = new ArrayList<>();

	protected TrainingApplication() {
	}

	TrainingApplication(UUID offeringId, UUID personId, String referenceNumber, Instant appliedAt,
			ApplicationInput input, String regionName) {
		this.offeringId = offeringId;
		this.personId = personId;
		this.referenceNumber = referenceNumber;
		this.appliedAt = appliedAt;
		this.name = input.name().strip();
		this.kana = KanaText.toKatakana(KanaText.normalise(input.kana()));
		this.birthDate = input.birthDate();
		this.organisation = input.organisation().strip();
		this.organisationKind = input.organisationKind();
		this.job = input.job().strip();
		this.regionName = regionName;
		this.municipalityCode = input.municipalityCode();
		this.email = input.email().strip();
		this.phone = blankToNull(input.phone());
		this.qualifications = blankToNull(input.qualifications());
		this.recommendedBy = blankToNull(input.recommendedBy());
		this.prerequisiteNote = blankToNull(input.prerequisiteNote());
	}

	/** Gives the applicant a place; the caller has checked there is one. */
	void accept(Instant now) {
		requireStatus("accept", ApplicationStatus.APPLIED, ApplicationStatus.WAITLISTED);
		status = ApplicationStatus.ACCEPTED;
		statusReason = null;
		decidedAt = now;
	}

	/** Puts the applicant on the wait list, behind everyone already on it. */
	void waitlist(Instant now) {
		requireStatus("wait-list", ApplicationStatus.APPLIED);
		status = ApplicationStatus.WAITLISTED;
		waitlistedAt = now;
		decidedAt = now;
	}

	void decline(String reason, Instant now) {
		requireStatus("decline", ApplicationStatus.APPLIED, ApplicationStatus.WAITLISTED);
		statusReason = requireReason(reason);
		status = ApplicationStatus.DECLINED;
		decidedAt = now;
	}

	/** Cancels the application; answers whether it held a place that is now free. */
	boolean cancel(String reason, Instant now) {
		requireStatus("cancel", ApplicationStatus.APPLIED, ApplicationStatus.WAITLISTED, ApplicationStatus.ACCEPTED);
		String checkedReason = requireReason(reason);
		boolean heldPlace = status == ApplicationStatus.ACCEPTED;
		status = ApplicationStatus.CANCELLED;
		statusReason = checkedReason;
		decidedAt = now;
		return heldPlace;
	}

	/** Records attendance at a session and recomputes completion over the offering's sessions. */
	void recordAttendance(UUID sessionId, AttendanceStatus mark, int missedMinutes, boolean madeUp,
			CompletionRule rule, Collection<CompletionRule.Slot> slots, Instant now) {
		requireStatus("record attendance for", ApplicationStatus.ACCEPTED);
		if (slots.stream().noneMatch(slot -> slot.sessionId().equals(sessionId))) {
			throw new IllegalArgumentException("Session " + sessionId + " is not part of the offering");
		}
		Attendance entry = attendanceAt(sessionId).orElseGet(() -> {
			Attendance created = new Attendance(sessionId);
			attendance.add(created);
			return created;
		});
		entry.set(mark, missedMinutes, madeUp);
		attendanceUpdatedAt = now;
		recompute(rule, slots);
	}

	/** Completion from the attendance; a certificate already issued stays valid only while completed. */
	void recompute(CompletionRule rule, Collection<CompletionRule.Slot> slots) {
		Map<UUID, CompletionRule.Mark> marks = attendance.stream()
			.collect(Collectors.toMap(Attendance::getSessionId, Attendance::mark));
		CompletionRule.Completion completion = rule.evaluate(slots, marks);
		this.completed = completion.completed();
		this.lecturePartCompleted = completion.lecturePartCompleted();
		this.completedOn = completion.completedOn();
	}

	/**
	 * Issues the 修了証 under the given number.
	 *
	 * @throws IllegalStateException when not completed or already issued
	 */
	void issueCertificate(String number, LocalDate issuedOn) {
		if (!completed) {
			throw new IllegalStateException("Application " + getId() + " is not completed");
		}
		if (certificateNumber != null) {
			throw new IllegalStateException("Application " + getId() + " has certificate " + certificateNumber);
		}
		certificateNumber = number;
		certificateIssuedOn = issuedOn;
	}

	void markAddedToCoordinatorRoster(Instant now) {
		if (!completed) {
			throw new IllegalStateException("Application " + getId() + " is not completed");
		}
		if (coordinatorAddedAt != null) {
			throw new IllegalStateException("Application " + getId() + " is already on the coordinator roster");
		}
		coordinatorAddedAt = now;
	}

	void markReminded(Instant now) {
		remindedAt = now;
	}

	void moveToPerson(UUID personId) {
		this.personId = personId;
	}

	Optional<Attendance> attendanceAt(UUID sessionId) {
		return attendance.stream().filter(entry -> entry.getSessionId().equals(sessionId)).findFirst();
	}

	boolean hasAttendanceAt(UUID sessionId) {
		return attendanceAt(sessionId).isPresent();
	}

	/**
	 * Clears the applicant's personal data once the retention period is over: name, kana, day of birth (year and
	 * month stay), e-mail, phone and free texts. Organisation kind, job, 圏域, status and attendance stay counted.
	 *
	 * @throws IllegalStateException when the applicant completed the course (the 修了者名簿 keeps them) or the
	 *         application is already anonymised
	 */
	void anonymise(Instant now) {
		if (completed || anonymisedAt != null) {
			throw new IllegalStateException("Application " + getId() + " is " + status + (completed ? " (completed)" : "")
					+ (anonymisedAt != null ? " (anonymised)" : "") + "; cannot anonymise");
		}
		name = Person.ANONYMOUS_NAME;
		kana = Person.ANONYMOUS_KANA;
		birthDate = birthDate.withDayOfMonth(1);
		email = "";
		phone = null;
		qualifications = null;
		recommendedBy = null;
		prerequisiteNote = null;
		statusReason = null;
		anonymisedAt = now;
	}

	@Nullable Instant getAnonymisedAt() {
		return anonymisedAt;
	}

	private void requireStatus(String action, ApplicationStatus... allowed) {
		for (ApplicationStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new IllegalStateException("Cannot " + action + " application " + getId() + ": it is " + status);
	}

	private static String requireReason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A reason is required");
		}
		return reason.strip();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	UUID getOfferingId() {
		return offeringId;
	}

	UUID getPersonId() {
		return personId;
	}

	String getReferenceNumber() {
		return referenceNumber;
	}

	Instant getAppliedAt() {
		return appliedAt;
	}

	String getName() {
		return name;
	}

	String getKana() {
		return kana;
	}

	LocalDate getBirthDate() {
		return birthDate;
	}

	String getOrganisation() {
		return organisation;
	}

	OrganisationKind getOrganisationKind() {
		return organisationKind;
	}

	String getJob() {
		return job;
	}

	String getRegionName() {
		return regionName;
	}

	@Nullable String getMunicipalityCode() {
		return municipalityCode;
	}

	String getEmail() {
		return email;
	}

	@Nullable String getPhone() {
		return phone;
	}

	@Nullable String getQualifications() {
		return qualifications;
	}

	@Nullable String getRecommendedBy() {
		return recommendedBy;
	}

	@Nullable String getPrerequisiteNote() {
		return prerequisiteNote;
	}

	ApplicationStatus getStatus() {
		return status;
	}

	@Nullable String getStatusReason() {
		return statusReason;
	}

	@Nullable Instant getWaitlistedAt() {
		return waitlistedAt;
	}

	boolean isCompleted() {
		return completed;
	}

	boolean isLecturePartCompleted() {
		return lecturePartCompleted;
	}

	@Nullable LocalDate getCompletedOn() {
		return completedOn;
	}

	@Nullable String getCertificateNumber() {
		return certificateNumber;
	}

	@Nullable LocalDate getCertificateIssuedOn() {
		return certificateIssuedOn;
	}

	@Nullable Instant getCoordinatorAddedAt() {
		return coordinatorAddedAt;
	}

	@Nullable Instant getRemindedAt() {
		return remindedAt;
	}
}

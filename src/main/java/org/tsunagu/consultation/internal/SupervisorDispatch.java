package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.DispatchRequest;
import org.tsunagu.consultation.DispatchStatus;
import org.tsunagu.consultation.SupervisorKind;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A supervisor dispatch (スーパーバイザー派遣). It moves 依頼 → 承認 (or 見送り) → 派遣決定 → 実施 → フォロー済み;
 * the supervisor and date may be changed until the visit took place.
 */
@Entity
@Table(name = "consultation_dispatches")
class SupervisorDispatch extends AuditedEntity {

	@Column(name = "requested_on", nullable = false)
	private LocalDate requestedOn = LocalDate.EPOCH;

	@Column(name = "requester_organisation", nullable = false, length = 200)
	private String requesterOrganisation = "";

	@Column(name = "requester_name", nullable = false, length = 100)
	private String requesterName = "";

	@Column(nullable = false, length = 200)
	private String place = "";

	@Column(name = "region_name", nullable = false, length = 50)
	private String regionName = "";

	@Column(name = "child_id")
	private @Nullable UUID childId;

	@Column(nullable = false, length = 2000)
	private String topic = "";

	@Column(name = "wanted_dates", nullable = false, length = 200)
	private String wantedDates = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DispatchStatus status = DispatchStatus.REQUESTED;

	@Column(name = "decision_comment", length = 1000)
	private @Nullable String decisionComment;

	@Column(name = "decided_by", length = 100)
	private @Nullable String decidedBy;

	@Column(name = "supervisor_user_id")
	private @Nullable UUID supervisorUserId;

	@Column(name = "supervisor_name", length = 100)
	private @Nullable String supervisorName;

	@Enumerated(EnumType.STRING)
	@Column(name = "supervisor_kind", length = 20)
	private @Nullable SupervisorKind supervisorKind;

	@Column(name = "visit_on")
	private @Nullable LocalDate visitOn;

	@Column(length = 4000)
	private @Nullable String advice;

	@Column(name = "follow_up", length = 2000)
	private @Nullable String followUp;

	protected SupervisorDispatch() {
	}

	SupervisorDispatch(DispatchRequest request, String regionName) {
		if (request.requesterOrganisation().isBlank() || request.topic().isBlank()) {
			throw new IllegalArgumentException("A dispatch request needs the institution and the topic");
		}
		this.requestedOn = request.requestedOn();
		this.requesterOrganisation = request.requesterOrganisation().strip();
		this.requesterName = request.requesterName().strip();
		this.place = request.place().strip();
		this.regionName = regionName;
		this.childId = request.childId();
		this.topic = request.topic().strip();
		this.wantedDates = request.wantedDates().strip();
	}

	void decide(boolean approved, @Nullable String comment, String by) {
		require(status == DispatchStatus.REQUESTED, approved ? "approve" : "decline");
		if (!approved && (comment == null || comment.isBlank())) {
			throw new IllegalArgumentException("Declining needs a comment");
		}
		status = approved ? DispatchStatus.APPROVED : DispatchStatus.DECLINED;
		decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
		decidedBy = by;
	}

	void assign(@Nullable UUID userId, String name, SupervisorKind kind, LocalDate on) {
		require(status == DispatchStatus.APPROVED || status == DispatchStatus.SCHEDULED, "assign a supervisor");
		supervisorUserId = userId;
		supervisorName = name;
		supervisorKind = kind;
		visitOn = on;
		status = DispatchStatus.SCHEDULED;
	}

	void recordVisit(String text) {
		require(status == DispatchStatus.SCHEDULED, "record the visit");
		advice = checked(text);
		status = DispatchStatus.VISITED;
	}

	void recordFollowUp(String text) {
		require(status == DispatchStatus.VISITED, "record the follow-up");
		followUp = checked(text);
		status = DispatchStatus.FOLLOWED_UP;
	}

	private void require(boolean allowed, String what) {
		if (!allowed) {
			throw new IllegalStateException("Dispatch " + getId() + " is " + status + "; cannot " + what);
		}
	}

	private static String checked(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("The record needs its text");
		}
		return text.strip();
	}

	LocalDate getRequestedOn() {
		return requestedOn;
	}

	String getRequesterOrganisation() {
		return requesterOrganisation;
	}

	String getRequesterName() {
		return requesterName;
	}

	String getPlace() {
		return place;
	}

	String getRegionName() {
		return regionName;
	}

	@Nullable UUID getChildId() {
		return childId;
	}

	String getTopic() {
		return topic;
	}

	String getWantedDates() {
		return wantedDates;
	}

	DispatchStatus getStatus() {
		return status;
	}

	@Nullable String getDecisionComment() {
		return decisionComment;
	}

	@Nullable String getDecidedBy() {
		return decidedBy;
	}

	@Nullable UUID getSupervisorUserId() {
		return supervisorUserId;
	}

	@Nullable String getSupervisorName() {
		return supervisorName;
	}

	@Nullable SupervisorKind getSupervisorKind() {
		return supervisorKind;
	}

	@Nullable LocalDate getVisitOn() {
		return visitOn;
	}

	@Nullable String getAdvice() {
		return advice;
	}

	@Nullable String getFollowUp() {
		return followUp;
	}
}

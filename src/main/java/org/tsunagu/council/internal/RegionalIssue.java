package org.tsunagu.council.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.council.IssueInput;
import org.tsunagu.council.IssueStatus;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * 地域課題: a problem a 圏域会議 cannot solve alone. Raised by the 圏域, it is proposed for the 全県会議's next
 * agenda, taken up there and answered by the prefecture; the answer flows back to the 圏域.
 */
@Entity
@Table(name = "council_regional_issues")
class RegionalIssue extends AuditedEntity {

	@Column(name = "council_id", nullable = false)
	private UUID councilId = new UUID(0, 0);

	@Column(name = "raised_on", nullable = false)
	private LocalDate raisedOn = LocalDate.MIN;

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(nullable = false, length = 4000)
	private String description = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private IssueStatus status = IssueStatus.RAISED;

	@Column(name = "prefecture_meeting_id")
	private @Nullable UUID prefectureMeetingId;

	@Column(length = 4000)
	private @Nullable String answer;

	@Column(name = "answered_on")
	private @Nullable LocalDate answeredOn;

	protected RegionalIssue() {
	}

	RegionalIssue(UUID councilId, IssueInput input, LocalDate raisedOn) {
		this.councilId = councilId;
		this.title = input.title().strip();
		this.description = input.description().strip();
		this.raisedOn = raisedOn;
	}

	/** 提起 → 議題化. @throws IllegalStateException unless just raised */
	void putOnAgenda(UUID prefectureMeetingId) {
		if (status != IssueStatus.RAISED) {
			throw new IllegalStateException("An issue that is " + status + " cannot be put on an agenda");
		}
		this.prefectureMeetingId = prefectureMeetingId;
		this.status = IssueStatus.ON_AGENDA;
	}

	/**
	 * Records the prefecture's answer (also straight from the proposal list).
	 *
	 * @throws IllegalStateException when already answered
	 */
	void answer(String text, LocalDate today) {
		if (status == IssueStatus.ANSWERED) {
			throw new IllegalStateException("The issue is already answered");
		}
		if (text.isBlank()) {
			throw new IllegalArgumentException("An answer needs text");
		}
		this.answer = text.strip();
		this.answeredOn = today;
		this.status = IssueStatus.ANSWERED;
	}

	UUID getCouncilId() {
		return councilId;
	}

	LocalDate getRaisedOn() {
		return raisedOn;
	}

	String getTitle() {
		return title;
	}

	String getDescription() {
		return description;
	}

	IssueStatus getStatus() {
		return status;
	}

	@Nullable UUID getPrefectureMeetingId() {
		return prefectureMeetingId;
	}

	@Nullable String getAnswer() {
		return answer;
	}

	@Nullable LocalDate getAnsweredOn() {
		return answeredOn;
	}
}

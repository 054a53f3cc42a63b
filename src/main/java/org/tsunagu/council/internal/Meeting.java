package org.tsunagu.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.council.AgendaItemInput;
import org.tsunagu.council.AttendanceInput;
import org.tsunagu.council.MeetingInput;
import org.tsunagu.council.MinutesStatus;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * 開催: one meeting of a council with its agenda, attendance, minutes and public summary. The minutes go
 * 下書き → 確認 → 承認 and only the draft may change; a public summary is published only for approved minutes.
 */
@Entity
@Table(name = "council_meetings")
class Meeting extends AuditedEntity {

	@Column(name = "council_id", nullable = false)
	private UUID councilId = new UUID(0, 0);

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn = LocalDate.MIN;

	@Column(name = "starts_at", nullable = false)
	private LocalTime startsAt = LocalTime.MIN;

	@Column(name = "ends_at", nullable = false)
	private LocalTime endsAt = LocalTime.MIN;

	@Column(length = 200)
	private @Nullable String place;

	@Column(name = "online_url", length = 300)
	private @Nullable String onlineUrl;

	@Column(name = "notice_sent_on")
	private @Nullable LocalDate noticeSentOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "minutes_status", nullable = false, length = 20)
	private MinutesStatus minutesStatus = MinutesStatus.DRAFT;

	@Column(length = 20000)
	private @Nullable String minutes;

	@Column(name = "public_summary", length = 4000)
	private @Nullable String publicSummary;

	@Column(name = "summary_published", nullable = false)
	private boolean summaryPublished;

	// Owned by the meeting (not mappedBy), so a new agenda item raises the meeting's version.
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "meeting_id", nullable = false)
	@OrderBy("sortOrder")
	private List<AgendaItem> agenda = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "council_attendances", joinColumns = @JoinColumn(name = "meeting_id"))
	private List<Attendance> attendances = new ArrayList<>();

	protected Meeting() {
	}

	Meeting(UUID councilId, MeetingInput input) {
		this.councilId = councilId;
		reschedule(input);
	}

	void reschedule(MeetingInput input) {
		this.title = input.title().strip();
		this.heldOn = input.heldOn();
		this.startsAt = input.startsAt();
		this.endsAt = input.endsAt();
		this.place = blankToNull(input.place());
		this.onlineUrl = blankToNull(input.onlineUrl());
	}

	/** Adds an agenda item at the end; the caller has checked the 会議事項 against the council. */
	AgendaItem addAgendaItem(AgendaItemInput input, @Nullable UUID regionalIssueId) {
		AgendaItem item = new AgendaItem(agenda.size() + 1, input, regionalIssueId);
		agenda.add(item);
		return item;
	}

	Optional<AgendaItem> agendaItem(UUID id) {
		return agenda.stream().filter(item -> item.getId().equals(id)).findFirst();
	}

	/** Replaces the attendance of the given members, keeping the others'. */
	void recordAttendance(List<AttendanceInput> inputs) {
		for (AttendanceInput input : inputs) {
			attendances.removeIf(row -> row.getMemberId().equals(input.memberId()));
			attendances.add(new Attendance(input.memberId(), input.status(), input.proxyName()));
		}
	}

	void markNoticeSent(LocalDate today) {
		this.noticeSentOn = today;
	}

	/** Saves the minutes text. @throws IllegalStateException unless the minutes are a draft */
	void writeMinutes(String text) {
		requireMinutes(MinutesStatus.DRAFT, "edit");
		this.minutes = blankToNull(text);
	}

	/** 下書き → 確認. @throws IllegalStateException unless a non-empty draft */
	void checkMinutes() {
		requireMinutes(MinutesStatus.DRAFT, "check");
		if (minutes == null) {
			throw new IllegalStateException("Empty minutes cannot be checked");
		}
		this.minutesStatus = MinutesStatus.CHECKED;
	}

	/** 確認 → 承認. @throws IllegalStateException unless checked */
	void approveMinutes() {
		requireMinutes(MinutesStatus.CHECKED, "approve");
		this.minutesStatus = MinutesStatus.APPROVED;
	}

	/** Saves the public summary; a published summary goes back to unpublished until published again. */
	void writePublicSummary(String text) {
		this.publicSummary = blankToNull(text);
		this.summaryPublished = false;
	}

	/** @throws IllegalStateException unless the minutes are approved and a summary is written */
	void publishSummary() {
		requireMinutes(MinutesStatus.APPROVED, "publish a summary of");
		if (publicSummary == null) {
			throw new IllegalStateException("There is no public summary to publish");
		}
		this.summaryPublished = true;
	}

	private void requireMinutes(MinutesStatus wanted, String what) {
		if (minutesStatus != wanted) {
			throw new IllegalStateException("Cannot " + what + " minutes that are " + minutesStatus);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	UUID getCouncilId() {
		return councilId;
	}

	String getTitle() {
		return title;
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

	@Nullable String getPlace() {
		return place;
	}

	@Nullable String getOnlineUrl() {
		return onlineUrl;
	}

	@Nullable LocalDate getNoticeSentOn() {
		return noticeSentOn;
	}

	MinutesStatus getMinutesStatus() {
		return minutesStatus;
	}

	@Nullable String getMinutes() {
		return minutes;
	}

	@Nullable String getPublicSummary() {
		return publicSummary;
	}

	boolean isSummaryPublished() {
		return summaryPublished;
	}

	List<AgendaItem> getAgenda() {
		return Collections.unmodifiableList(agenda);
	}

	List<Attendance> getAttendances() {
		return Collections.unmodifiableList(attendances);
	}
}

package org.tsunagu.consultation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.CaseEntryKind;
import org.tsunagu.consultation.ConsultationChannel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a case's timeline: a contact (対応記録) or an event. Written once, never changed.
 */
@Entity
@Table(name = "consultation_case_entries")
class CaseEntry {

	static final int CONTENT_MAX = 4000;

	@Id
	private UUID id = UUID.randomUUID();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private CaseEntryKind kind = CaseEntryKind.CONTACT;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable ConsultationChannel channel;

	@Column(length = 200)
	private @Nullable String counterpart;

	@Column(nullable = false, length = CONTENT_MAX)
	private String content = "";

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy = "";

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt = Instant.EPOCH;

	protected CaseEntry() {
	}

	private CaseEntry(CaseEntryKind kind, LocalDate occurredOn, @Nullable ConsultationChannel channel,
			@Nullable String counterpart, String content, Actor actor) {
		this.kind = kind;
		this.occurredOn = occurredOn;
		this.channel = channel;
		this.counterpart = counterpart;
		this.content = content.length() > CONTENT_MAX ? content.substring(0, CONTENT_MAX) : content;
		this.recordedBy = actor.name();
		this.recordedAt = actor.now();
	}

	static CaseEntry contact(LocalDate occurredOn, ConsultationChannel channel, String counterpart, String content,
			Actor actor) {
		return new CaseEntry(CaseEntryKind.CONTACT, occurredOn, channel, counterpart, content, actor);
	}

	static CaseEntry event(CaseEntryKind kind, String content, Actor actor) {
		return new CaseEntry(kind, actor.today(), null, null, content, actor);
	}

	UUID getId() {
		return id;
	}

	CaseEntryKind getKind() {
		return kind;
	}

	LocalDate getOccurredOn() {
		return occurredOn;
	}

	@Nullable ConsultationChannel getChannel() {
		return channel;
	}

	@Nullable String getCounterpart() {
		return counterpart;
	}

	String getContent() {
		return content;
	}

	String getRecordedBy() {
		return recordedBy;
	}

	Instant getRecordedAt() {
		return recordedAt;
	}
}

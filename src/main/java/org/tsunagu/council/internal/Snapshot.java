package org.tsunagu.council.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A statistics snapshot attached to a meeting; the tables are frozen as JSON text and never change. */
@Entity
@Table(name = "council_meeting_snapshots")
class Snapshot {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "meeting_id", nullable = false)
	private UUID meetingId = new UUID(0, 0);

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(name = "as_of", nullable = false)
	private LocalDate asOf = LocalDate.EPOCH;

	@Column(name = "tables_json", nullable = false, length = 200000)
	private String tablesJson = "[]";

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.EPOCH;

	@Column(name = "created_by", nullable = false, length = 100)
	private String createdBy = "";

	protected Snapshot() {
	}

	Snapshot(UUID meetingId, String title, LocalDate asOf, String tablesJson, String createdBy) {
		this.meetingId = meetingId;
		this.title = title;
		this.asOf = asOf;
		this.tablesJson = tablesJson;
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
	}

	UUID getId() {
		return id;
	}

	UUID getMeetingId() {
		return meetingId;
	}

	String getTitle() {
		return title;
	}

	LocalDate getAsOf() {
		return asOf;
	}

	String getTablesJson() {
		return tablesJson;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getCreatedBy() {
		return createdBy;
	}
}

package org.tsunagu.registry.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * That a version of a child's 緊急時情報シート was printed: when, by whom, and the SHA-256 of the PDF, so a
 * sheet found in an ambulance can be matched to what the system handed out. Written once, never changed.
 */
@Entity
@Table(name = "registry_emergency_sheets")
class EmergencySheetRecord {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "child_id", nullable = false, updatable = false)
	private UUID childId = new UUID(0, 0);

	@Column(name = "version_number", nullable = false, updatable = false)
	private int versionNumber;

	@Column(name = "generated_at", nullable = false, updatable = false)
	private Instant generatedAt = Instant.EPOCH;

	@Column(name = "generated_by", nullable = false, length = 100, updatable = false)
	private String generatedBy = "";

	@Column(nullable = false, length = 64, updatable = false)
	private String sha256 = "";

	protected EmergencySheetRecord() {
	}

	EmergencySheetRecord(UUID childId, int versionNumber, Instant generatedAt, String generatedBy, String sha256) {
		this.childId = childId;
		this.versionNumber = versionNumber;
		this.generatedAt = generatedAt;
		this.generatedBy = generatedBy;
		this.sha256 = sha256;
	}

	UUID getId() {
		return id;
	}

	UUID getChildId() {
		return childId;
	}

	int getVersionNumber() {
		return versionNumber;
	}

	Instant getGeneratedAt() {
		return generatedAt;
	}

	String getGeneratedBy() {
		return generatedBy;
	}

	String getSha256() {
		return sha256;
	}
}

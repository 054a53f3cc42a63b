package org.tsunagu.council.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 資料: the description of an uploaded meeting material. The bytes live in {@link MaterialContent}, so
 * listing a meeting's materials never loads them.
 */
@Entity
@Table(name = "council_materials")
class Material {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "meeting_id", nullable = false)
	private UUID meetingId = new UUID(0, 0);

	@Column(name = "agenda_item_id")
	private @Nullable UUID agendaItemId;

	@Column(name = "file_name", nullable = false, length = 200)
	private String fileName = "";

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType = "";

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt = Instant.EPOCH;

	@Column(name = "uploaded_by", nullable = false, length = 100)
	private String uploadedBy = "";

	protected Material() {
	}

	Material(UUID meetingId, @Nullable UUID agendaItemId, MaterialType.Checked file, String uploadedBy) {
		this.meetingId = meetingId;
		this.agendaItemId = agendaItemId;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.size();
		this.uploadedAt = Instant.now();
		this.uploadedBy = uploadedBy;
	}

	UUID getId() {
		return id;
	}

	UUID getMeetingId() {
		return meetingId;
	}

	@Nullable UUID getAgendaItemId() {
		return agendaItemId;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	long getSizeBytes() {
		return sizeBytes;
	}
}

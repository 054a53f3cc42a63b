package org.tsunagu.consultation.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document attached to a case: its name, type and size; the bytes are in {@link CaseDocumentContent}.
 */
@Entity
@Table(name = "consultation_case_documents")
class CaseDocument {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "file_name", nullable = false, length = 200)
	private String fileName = "";

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType = "";

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(name = "uploaded_by", nullable = false, length = 100)
	private String uploadedBy = "";

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt = Instant.EPOCH;

	protected CaseDocument() {
	}

	CaseDocument(String fileName, String contentType, long size, Actor actor) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.uploadedBy = actor.name();
		this.uploadedAt = actor.now();
	}

	UUID getId() {
		return id;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	long getSize() {
		return size;
	}

	String getUploadedBy() {
		return uploadedBy;
	}

	Instant getUploadedAt() {
		return uploadedAt;
	}
}

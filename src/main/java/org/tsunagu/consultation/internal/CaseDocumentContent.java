package org.tsunagu.consultation.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a case document, kept apart so that loading a case never loads them.
 */
@Entity
@Table(name = "consultation_case_document_contents")
class CaseDocumentContent {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(nullable = false)
	private byte[] data = new byte[0];

	protected CaseDocumentContent() {
	}

	CaseDocumentContent(UUID documentId, byte[] data) {
		this.id = documentId;
		this.data = data.clone();
	}

	byte[] getData() {
		return data.clone();
	}
}

package org.tsunagu.information.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to an article, stored in the database so backups hold it with the article.
 */
@Entity
@Table(name = "information_attachments")
class ArticleAttachment {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "article_id", nullable = false, updatable = false)
	private UUID articleId;

	@Column(name = "file_name", nullable = false, length = 200, updatable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 100, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false, updatable = false)
	private byte[] data;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
	private String uploadedBy;

	@SuppressWarnings("NullAway.Init")
	protected ArticleAttachment() {
	}

	ArticleAttachment(UUID articleId, String fileName, String contentType, byte[] data, Instant uploadedAt,
			String uploadedBy) {
		this.articleId = articleId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = data.length;
		this.data = data;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	UUID getId() {
		return id;
	}

	UUID getArticleId() {
		return articleId;
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

	byte[] getData() {
		return data;
	}
}

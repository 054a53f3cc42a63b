package org.tsunagu.information.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.information.PracticeTheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One published version of an article, kept unchanged: what the public saw, when and who published it.
 */
@Entity
@Table(name = "information_article_versions")
class ArticleVersion {

	@Id
	private UUID id = UUID.randomUUID();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id", updatable = false)
	private Article article;

	@Column(nullable = false, updatable = false)
	private int revision;

	@Column(nullable = false, length = 200, updatable = false)
	private String title;

	@Column(length = 500, updatable = false)
	private @Nullable String summary;

	@Column(nullable = false, length = 20000, updatable = false)
	private String body;

	@Column(name = "region_name", length = 50, updatable = false)
	private @Nullable String regionName;

	@Enumerated(EnumType.STRING)
	@Column(length = 20, updatable = false)
	private @Nullable PracticeTheme theme;

	@Column(length = 4000, updatable = false)
	private @Nullable String result;

	@Column(length = 1000, updatable = false)
	private @Nullable String contact;

	@Column(name = "published_at", nullable = false, updatable = false)
	private Instant publishedAt;

	@Column(name = "published_by", nullable = false, length = 100, updatable = false)
	private String publishedBy;

	@SuppressWarnings("NullAway.Init")
	protected ArticleVersion() {
	}

	ArticleVersion(Article article, int revision, Instant publishedAt, String publishedBy) {
		this.article = article;
		this.revision = revision;
		this.title = article.getTitle();
		this.summary = article.getSummary();
		this.body = article.getBody();
		this.regionName = article.getRegionName();
		this.theme = article.getTheme();
		this.result = article.getResult();
		this.contact = article.getContact();
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
	}

	Article getArticle() {
		return article;
	}

	int getRevision() {
		return revision;
	}

	String getTitle() {
		return title;
	}

	@Nullable String getSummary() {
		return summary;
	}

	String getBody() {
		return body;
	}

	@Nullable String getRegionName() {
		return regionName;
	}

	@Nullable PracticeTheme getTheme() {
		return theme;
	}

	@Nullable String getResult() {
		return result;
	}

	@Nullable String getContact() {
		return contact;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	String getPublishedBy() {
		return publishedBy;
	}
}

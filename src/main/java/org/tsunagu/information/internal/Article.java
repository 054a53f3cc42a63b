package org.tsunagu.information.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tsunagu.information.ArticleInput;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.ArticleStatus;
import org.tsunagu.information.PracticeTheme;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A piece of public content: its working copy, where it stands in 下書き → 確認 → 公開, its publish dates and
 * which of its kept versions ({@link ArticleVersion}) the public sees.
 */
@Entity
@Table(name = "information_articles")
class Article extends AuditedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private ArticleKind kind = ArticleKind.NEWS;

	@Column(nullable = false, length = 80)
	private String slug = "";

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(length = 500)
	private @Nullable String summary;

	@Column(nullable = false, length = 20000)
	private String body = "";

	@Column(name = "region_name", length = 50)
	private @Nullable String regionName;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable PracticeTheme theme;

	@Column(length = 4000)
	private @Nullable String result;

	@Column(length = 1000)
	private @Nullable String contact;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ArticleStatus status = ArticleStatus.DRAFT;

	@Column(name = "publish_from")
	private @Nullable LocalDate publishFrom;

	@Column(name = "publish_until")
	private @Nullable LocalDate publishUntil;

	@Column(name = "public_revision")
	private @Nullable Integer publicRevision;

	@Column(name = "last_revision", nullable = false)
	private int lastRevision;

	protected Article() {
	}

	Article(ArticleInput input, String slug) {
		this.kind = input.kind();
		apply(input, slug);
	}

	/** Takes over the working copy; a published or withdrawn article becomes a draft again. */
	void apply(ArticleInput input, String slug) {
		if (input.publishFrom() != null && input.publishUntil() != null
				&& input.publishUntil().isBefore(input.publishFrom())) {
			throw new IllegalArgumentException("The end date is before the publish date");
		}
		this.slug = slug;
		this.title = input.title().strip();
		this.summary = blankToNull(input.summary());
		this.body = input.body();
		boolean practice = kind == ArticleKind.GOOD_PRACTICE;
		this.regionName = practice ? blankToNull(input.regionName()) : null;
		this.theme = practice ? input.theme() : null;
		this.result = practice ? blankToNull(input.result()) : null;
		this.contact = practice ? blankToNull(input.contact()) : null;
		// Left blank while a version is public, the public version keeps the day it was first shown.
		if (input.publishFrom() != null || publicRevision == null) {
			this.publishFrom = input.publishFrom();
		}
		this.publishUntil = input.publishUntil();
		this.status = ArticleStatus.DRAFT;
	}

	/** 下書き → 確認待ち. */
	void submitForReview() {
		requireStatus(ArticleStatus.DRAFT, "submit for review");
		status = ArticleStatus.IN_REVIEW;
	}

	/** 確認待ち → 下書き. */
	void sendBack() {
		requireStatus(ArticleStatus.IN_REVIEW, "send back");
		status = ArticleStatus.DRAFT;
	}

	/**
	 * 確認待ち → 公開: the working copy becomes the next kept version, shown from the publish date (today when
	 * none was set).
	 */
	ArticleVersion publish(LocalDate today, java.time.Instant now, String publisher) {
		requireStatus(ArticleStatus.IN_REVIEW, "publish");
		if (publishFrom == null) {
			publishFrom = today;
		}
		lastRevision++;
		publicRevision = lastRevision;
		status = ArticleStatus.PUBLISHED;
		return new ArticleVersion(this, lastRevision, now, publisher);
	}

	/** Takes the article off the public site. */
	void unpublish() {
		if (publicRevision == null) {
			throw new IllegalStateException("Article " + getId() + " is not public (status " + status + ")");
		}
		publicRevision = null;
		status = ArticleStatus.WITHDRAWN;
	}

	/** Whether a version is shown on the given day. */
	boolean isPublicOn(LocalDate day) {
		return publicRevision != null && publishFrom != null && !publishFrom.isAfter(day)
				&& (publishUntil == null || !publishUntil.isBefore(day));
	}

	private void requireStatus(ArticleStatus expected, String action) {
		if (status != expected) {
			throw new IllegalStateException("Cannot " + action + " article " + getId() + " in status " + status);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	ArticleKind getKind() {
		return kind;
	}

	String getSlug() {
		return slug;
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

	ArticleStatus getStatus() {
		return status;
	}

	@Nullable LocalDate getPublishFrom() {
		return publishFrom;
	}

	@Nullable LocalDate getPublishUntil() {
		return publishUntil;
	}

	@Nullable Integer getPublicRevision() {
		return publicRevision;
	}
}

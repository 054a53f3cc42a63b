package org.tsunagu.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An article's working copy as staff see it, with its published versions and files.
 *
 * @param publicRevision the revision shown on the public site, or null when none is
 * @param publiclyVisible whether that revision is shown today (within the publish dates)
 */
public record ArticleDetails(UUID id, long version, ArticleKind kind, String slug, String title,
		@Nullable String summary, String body, @Nullable String regionName, @Nullable PracticeTheme theme,
		@Nullable String result, @Nullable String contact, ArticleStatus status, @Nullable LocalDate publishFrom,
		@Nullable LocalDate publishUntil, @Nullable Integer publicRevision, boolean publiclyVisible,
		List<PublishedRevision> revisions, List<AttachmentInfo> attachments, @Nullable Instant updatedAt,
		@Nullable String updatedBy) {

	/** One kept published version: who published it and when. */
	public record PublishedRevision(int revision, String title, Instant publishedAt, String publishedBy) {
	}

	/** The input that reproduces the working copy (for the edit form). */
	public ArticleInput toInput() {
		return new ArticleInput(kind, slug, title, summary, body, regionName, theme, result, contact, publishFrom,
				publishUntil);
	}
}

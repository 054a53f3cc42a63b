package org.tsunagu.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The published version of an article as the public sees it; the HTML is rendered from Markdown and
 * sanitised.
 */
public record PublishedArticle(UUID id, ArticleKind kind, String slug, int revision, String title,
		@Nullable String summary, String bodyHtml, @Nullable String regionName, @Nullable PracticeTheme theme,
		@Nullable String resultHtml, @Nullable String contact, LocalDate publishFrom, Instant publishedAt,
		List<AttachmentInfo> attachments) {

	/** The public address of this article. */
	public String path() {
		return kind.publicPath(slug);
	}
}

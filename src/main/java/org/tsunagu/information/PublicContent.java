package org.tsunagu.information;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the public site shows: only published versions, only within their publish dates (JST today).
 */
public interface PublicContent {

	/** The published articles of a kind, newest publish date first. */
	List<PublishedArticle> published(ArticleKind kind);

	/** One published article by its kind and slug. */
	Optional<PublishedArticle> find(ArticleKind kind, String slug);

	/** A file of a published article; empty when the article is not public. */
	Optional<AttachmentFile> publicAttachment(UUID attachmentId);
}

package org.tsunagu.information;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Writing and publishing the public site's content: 下書き → 確認 → 公開 with publish dates. Every published
 * version is kept. Staff of the 情報発信 area write; the center director, clerks and the prefecture publish.
 * Every change is audited; {@code version} guards against overwriting a colleague's change.
 */
public interface ArticleManagement {

	/** Writes a new draft. @throws InvalidArticleException for a slug already used */
	UUID create(ArticleInput input);

	/** Changes the working copy; a published article becomes a draft again, its public version stays. */
	void update(UUID id, long version, ArticleInput input);

	/** One article for staff. */
	ArticleDetails get(UUID id);

	/** The articles of a kind (all kinds when null), newest change first. */
	Page<ArticleListItem> search(@Nullable ArticleKind kind, @Nullable ArticleStatus status, Pageable pageable);

	/** 下書き → 確認待ち. */
	void submitForReview(UUID id, long version);

	/** 確認待ち → 下書き, when the check found something to change. */
	void sendBack(UUID id, long version);

	/** 確認待ち → 公開: keeps the working copy as a new published version. */
	void publish(UUID id, long version);

	/** Takes the article off the public site; its versions are kept. */
	void unpublish(UUID id, long version);

	/** Adds a file. @throws InvalidArticleException for a file too large or of a type not allowed */
	UUID attach(UUID id, String fileName, byte[] data);

	/** Removes a file. */
	void removeAttachment(UUID id, UUID attachmentId);

	/** A file for staff. */
	AttachmentFile attachment(UUID id, UUID attachmentId);

	/** How many articles wait for a check. */
	long countInReview();

	/** Markdown as sanitised HTML, for the preview. */
	String renderPreview(String markdown);

	/** The published version {@code revision} of an article (for staff). */
	PublishedArticle revision(UUID id, int revision);

	/** Kinds whose articles this user may publish. */
	boolean mayPublish();

	/** The kinds of content (for choices). */
	static List<ArticleKind> kinds() {
		return List.of(ArticleKind.values());
	}
}

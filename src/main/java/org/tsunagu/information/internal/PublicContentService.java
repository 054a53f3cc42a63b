package org.tsunagu.information.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.AttachmentFile;
import org.tsunagu.information.PublicContent;
import org.tsunagu.information.PublishedArticle;
import org.tsunagu.shared.JapaneseDates;

/**
 * The public site's reads: no login, so nothing here may show a draft, a withdrawn article or one outside
 * its publish dates — the queries only join the published revision within the dates of today (JST).
 */
@Service
@Transactional(readOnly = true)
class PublicContentService implements PublicContent {

	private final ArticleRepository articles;

	private final AttachmentRepository attachments;

	private final ArticleViews views;

	PublicContentService(ArticleRepository articles, AttachmentRepository attachments, ArticleViews views) {
		this.articles = articles;
		this.attachments = attachments;
		this.views = views;
	}

	@Override
	public List<PublishedArticle> published(ArticleKind kind) {
		List<ArticleVersion> shown = articles.findPublic(kind, JapaneseDates.today());
		Map<UUID, List<AttachmentRow>> files = shown.isEmpty() ? Map.of()
				: attachments.findRows(shown.stream().map(v -> v.getArticle().getId()).toList())
					.stream()
					.collect(Collectors.groupingBy(AttachmentRow::articleId));
		return shown.stream()
			.map(v -> views.published(v, files.getOrDefault(v.getArticle().getId(), List.of())
				.stream()
				.map(AttachmentRow::info)
				.toList()))
			.toList();
	}

	@Override
	public Optional<PublishedArticle> find(ArticleKind kind, String slug) {
		return articles.findPublic(kind, slug, JapaneseDates.today())
			.map(v -> views.published(v, attachments.findInfos(v.getArticle().getId())));
	}

	@Override
	public Optional<AttachmentFile> publicAttachment(UUID attachmentId) {
		return attachments.findById(attachmentId)
			.filter(file -> articles.findById(file.getArticleId())
				.map(article -> article.isPublicOn(JapaneseDates.today()))
				.orElse(false))
			.map(file -> new AttachmentFile(file.getFileName(), file.getContentType(), file.getData()));
	}
}

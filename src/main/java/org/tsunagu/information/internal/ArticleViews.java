package org.tsunagu.information.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tsunagu.information.ArticleDetails;
import org.tsunagu.information.ArticleListItem;
import org.tsunagu.information.AttachmentInfo;
import org.tsunagu.information.PublishedArticle;
import org.tsunagu.shared.JapaneseDates;

/**
 * Turns articles and their versions into the records the screens and the API show.
 */
@Component
class ArticleViews {

	private final MarkdownRenderer markdown;

	ArticleViews(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	String html(String text) {
		return markdown.toHtml(text);
	}

	ArticleListItem listItem(Article a) {
		return new ArticleListItem(a.getId(), a.getKind(), a.getSlug(), a.getTitle(), a.getStatus(),
				a.getPublishFrom(), a.getPublishUntil(), a.isPublicOn(JapaneseDates.today()), a.getUpdatedAt(),
				a.getUpdatedBy());
	}

	ArticleDetails details(Article a, List<ArticleVersion> versions, List<AttachmentInfo> files) {
		List<ArticleDetails.PublishedRevision> revisions = versions.stream()
			.map(v -> new ArticleDetails.PublishedRevision(v.getRevision(), v.getTitle(), v.getPublishedAt(),
					v.getPublishedBy()))
			.toList();
		return new ArticleDetails(a.getId(), a.getVersion(), a.getKind(), a.getSlug(), a.getTitle(), a.getSummary(),
				a.getBody(), a.getRegionName(), a.getTheme(), a.getResult(), a.getContact(), a.getStatus(),
				a.getPublishFrom(), a.getPublishUntil(), a.getPublicRevision(), a.isPublicOn(JapaneseDates.today()),
				revisions, files, a.getUpdatedAt(), a.getUpdatedBy());
	}

	PublishedArticle published(ArticleVersion v, List<AttachmentInfo> files) {
		Article a = v.getArticle();
		String result = v.getResult() == null ? null : markdown.toHtml(v.getResult());
		return new PublishedArticle(a.getId(), a.getKind(), a.getSlug(), v.getRevision(), v.getTitle(),
				v.getSummary(), markdown.toHtml(v.getBody()), v.getRegionName(), v.getTheme(), result, v.getContact(),
				a.getPublishFrom() == null ? JapaneseDates.today() : a.getPublishFrom(), v.getPublishedAt(), files);
	}
}

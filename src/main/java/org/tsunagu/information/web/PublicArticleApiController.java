package org.tsunagu.information.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.PracticeTheme;
import org.tsunagu.information.PublicContent;
import org.tsunagu.information.PublishedArticle;
import org.tsunagu.shared.RecordNotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 公開 API (no login, read only): the published news and good practices, as on the public site.
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "公開情報", description = "公開中のお知らせと好事例（ログイン不要・読み取りのみ）")
class PublicArticleApiController {

	private final PublicContent content;

	PublicArticleApiController(PublicContent content) {
		this.content = content;
	}

	/** One published article: sanitised HTML, and the public address. */
	record PublicArticle(UUID id, String slug, String title, @Nullable String summary, String bodyHtml,
			@Nullable String regionName, @Nullable PracticeTheme theme, @Nullable String resultHtml,
			@Nullable String contact, LocalDate publishFrom, Instant updatedAt, String path) {

		static PublicArticle of(PublishedArticle a) {
			return new PublicArticle(a.id(), a.slug(), a.title(), a.summary(), a.bodyHtml(), a.regionName(),
					a.theme(), a.resultHtml(), a.contact(), a.publishFrom(), a.publishedAt(), a.path());
		}
	}

	@GetMapping("/news")
	@Operation(summary = "公開中のお知らせ（新しい順）")
	List<PublicArticle> listNews() {
		return content.published(ArticleKind.NEWS).stream().map(PublicArticle::of).toList();
	}

	@GetMapping("/news/{slug}")
	@Operation(summary = "公開中のお知らせ1件")
	PublicArticle showNews(@PathVariable String slug) {
		return find(ArticleKind.NEWS, slug);
	}

	@GetMapping("/good-practices")
	@Operation(summary = "公開中の好事例（新しい順）")
	List<PublicArticle> listGoodPractices() {
		return content.published(ArticleKind.GOOD_PRACTICE).stream().map(PublicArticle::of).toList();
	}

	@GetMapping("/good-practices/{slug}")
	@Operation(summary = "公開中の好事例1件")
	PublicArticle showGoodPractice(@PathVariable String slug) {
		return find(ArticleKind.GOOD_PRACTICE, slug);
	}

	private PublicArticle find(ArticleKind kind, String slug) {
		return content.find(kind, slug)
			.map(PublicArticle::of)
			.orElseThrow(() -> new RecordNotFoundException("PublishedArticle", slug));
	}
}

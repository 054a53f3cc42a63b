package org.tsunagu.information.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.PracticeTheme;
import org.tsunagu.information.PublicContent;
import org.tsunagu.information.PublishedArticle;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The public pages of 情報発信 (no login): news, good practices, materials, FAQ and standing pages, with
 * friendly addresses ({@code /public/news/{slug}}). Only published versions within their dates are shown.
 */
@Controller
class PublicArticleController {

	static final String FEED_PATH = "/public/news/feed.atom";

	/** The Atom feed of a kind that has one (news, good practices). */
	static String feedPath(ArticleKind kind) {
		return "/public/" + kind.segment() + "/feed.atom";
	}

	private final PublicContent content;

	private final ReferenceData reference;

	PublicArticleController(PublicContent content, ReferenceData reference) {
		this.content = content;
		this.reference = reference;
	}

	@GetMapping("/public/news")
	String listNews(Model model) {
		return list(ArticleKind.NEWS, content.published(ArticleKind.NEWS), model);
	}

	@GetMapping("/public/good-practices")
	String listGoodPractices(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable PracticeTheme theme, Model model) {
		List<PublishedArticle> practices = content.published(ArticleKind.GOOD_PRACTICE)
			.stream()
			.filter(p -> region == null || region.isBlank() || region.equals(p.regionName()))
			.filter(p -> theme == null || theme == p.theme())
			.toList();
		model.addAttribute("regions", reference.regions(false));
		model.addAttribute("themes", PracticeTheme.values());
		model.addAttribute("region", region);
		model.addAttribute("theme", theme);
		return list(ArticleKind.GOOD_PRACTICE, practices, model);
	}

	@GetMapping("/public/materials")
	String listMaterials(Model model) {
		return list(ArticleKind.MATERIAL, content.published(ArticleKind.MATERIAL), model);
	}

	@GetMapping("/public/faq")
	String showFaq(Model model) {
		return list(ArticleKind.FAQ, content.published(ArticleKind.FAQ), model);
	}

	@GetMapping("/public/{segment:news|good-practices|materials|pages}/{slug:[a-z0-9][a-z0-9-]*}")
	String showArticle(@PathVariable String segment, @PathVariable String slug, Model model) {
		ArticleKind kind = kindOf(segment);
		PublishedArticle article = content.find(kind, slug)
			.orElseThrow(() -> new RecordNotFoundException("PublishedArticle", slug));
		model.addAttribute("article", article);
		model.addAttribute("kind", kind);
		model.addAttribute("publicActive", kind == ArticleKind.PAGE ? null : "/public/" + segment);
		addFeed(kind, model);
		return "information/public/article";
	}

	@GetMapping("/public/files/{id}/{name}")
	ResponseEntity<byte[]> downloadFile(@PathVariable UUID id, @PathVariable String name) {
		return Downloads.attachment(
				content.publicAttachment(id).orElseThrow(() -> new RecordNotFoundException("Attachment", id)));
	}

	private String list(ArticleKind kind, List<PublishedArticle> articles, Model model) {
		model.addAttribute("articles", articles);
		model.addAttribute("kind", kind);
		model.addAttribute("publicActive", "/public/" + kind.segment());
		addFeed(kind, model);
		return kind == ArticleKind.FAQ ? "information/public/faq" : "information/public/list";
	}

	private static void addFeed(ArticleKind kind, Model model) {
		if (kind == ArticleKind.NEWS || kind == ArticleKind.GOOD_PRACTICE) {
			model.addAttribute("publicFeedPath", feedPath(kind));
		}
	}

	private static ArticleKind kindOf(String segment) {
		for (ArticleKind kind : ArticleKind.values()) {
			if (kind.segment().equals(segment)) {
				return kind;
			}
		}
		throw new RecordNotFoundException("ArticleKind", segment);
	}
}

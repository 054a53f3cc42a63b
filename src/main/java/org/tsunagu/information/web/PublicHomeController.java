package org.tsunagu.information.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.PublicContent;

/**
 * The top page of the public site (no login): what the center does, how to reach it, the latest news and
 * the public pages the modules offer ({@link org.tsunagu.shared.web.PublicSection}).
 */
@Controller
class PublicHomeController {

	private static final int LATEST_NEWS = 3;

	private final PublicContent content;

	private final CenterSettings center;

	PublicHomeController(PublicContent content, CenterSettings center) {
		this.content = content;
		this.center = center;
	}

	@GetMapping({ "/public", "/public/" })
	String showPublicHome(Model model) {
		model.addAttribute("center", center);
		model.addAttribute("latestNews", content.published(ArticleKind.NEWS).stream().limit(LATEST_NEWS).toList());
		model.addAttribute("publicFeedPath", PublicArticleController.FEED_PATH);
		return "public/home";
	}
}

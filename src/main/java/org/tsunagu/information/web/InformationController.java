package org.tsunagu.information.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.ArticleManagement;

/**
 * The entry page of 情報発信: what waits for a check, the kinds of content to write, surveys and gaps.
 */
@Controller
class InformationController {

	private final ArticleManagement articles;

	InformationController(ArticleManagement articles) {
		this.articles = articles;
	}

	@GetMapping("/information")
	String showInformation(Model model) {
		model.addAttribute("activeNav", "INFORMATION");
		model.addAttribute("inReview", articles.countInReview());
		model.addAttribute("kinds", ArticleKind.values());
		return "information/home";
	}
}

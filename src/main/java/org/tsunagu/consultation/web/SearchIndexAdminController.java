package org.tsunagu.consultation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationSearch;

/**
 * 管理 › 全文検索の索引: how many consultations the index holds against the database, and the rebuild (audited).
 */
@Controller
@RequestMapping(SearchIndexAdminController.PATH)
class SearchIndexAdminController {

	static final String PATH = "/admin/search-index";

	private final ConsultationSearch search;

	SearchIndexAdminController(ConsultationSearch search) {
		this.search = search;
	}

	@GetMapping
	String showIndex(Model model) {
		model.addAttribute("activeNav", "ADMIN");
		model.addAttribute("status", search.indexStatus());
		return "consultation/search-index";
	}

	@PostMapping("/rebuild")
	String processRebuild(RedirectAttributes redirect) {
		search.rebuildIndex();
		redirect.addFlashAttribute("flash", "consultation.search.index.rebuilt");
		return "redirect:" + PATH;
	}
}

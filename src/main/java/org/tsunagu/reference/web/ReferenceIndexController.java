package org.tsunagu.reference.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.reference.ReferenceData;

/**
 * 基準データ: the entry page with the four lists, and the read-only 判定スコア table.
 */
@Controller
class ReferenceIndexController {

	private final ReferenceData referenceData;

	ReferenceIndexController(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	@GetMapping("/admin/reference")
	String showIndex(Model model) {
		model.addAttribute("activeNav", "ADMIN");
		return "reference/index";
	}

	@GetMapping("/admin/reference/care-score-items")
	String listCareScoreItems(Model model) {
		model.addAttribute("activeNav", "ADMIN");
		model.addAttribute("items", referenceData.careScoreItems());
		return "reference/care-score-items";
	}
}

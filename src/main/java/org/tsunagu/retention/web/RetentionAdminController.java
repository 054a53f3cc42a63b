package org.tsunagu.retention.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.retention.RetentionReviews;

/**
 * 管理 › 保存期間: the configured periods and the number of items waiting, without any personal data, and the
 * button that runs the review now. Deciding on items stays with the センター長 ({@link RetentionController}).
 */
@Controller
@RequestMapping(RetentionAdminController.PATH)
class RetentionAdminController {

	static final String PATH = "/admin/retention";

	private final RetentionReviews reviews;

	RetentionAdminController(RetentionReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	String showPeriods(Model model) {
		model.addAttribute("activeNav", "ADMIN");
		model.addAttribute("periods", reviews.periods());
		return "retention/admin";
	}

	@PostMapping("/run")
	String processRun(RedirectAttributes redirect) {
		redirect.addFlashAttribute("run", reviews.runNow());
		return "redirect:" + PATH;
	}
}

package org.tsunagu.registry.web;

import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.registry.EmergencyAccessManagement;
import org.tsunagu.shared.StaleRecordException;

import jakarta.validation.Valid;

/**
 * The センター長's review of emergency accesses: who opened which child's emergency information, when, why and
 * until when; each is marked reviewed with an optional comment.
 */
@Controller
@RequestMapping("/children/emergency-access/reviews")
class EmergencyAccessReviewController {

	private static final String LIST_VIEW = "registry/emergency-access-reviews";

	private final EmergencyAccessManagement accesses;

	EmergencyAccessReviewController(EmergencyAccessManagement accesses) {
		this.accesses = accesses;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "REGISTRY";
	}

	@GetMapping
	String listAccesses(Model model) {
		return showList(null, new EmergencyAccessReviewForm(), model);
	}

	@PostMapping("/{accessId}")
	String processReview(@PathVariable UUID accessId, @Valid @ModelAttribute("review") EmergencyAccessReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showList(accessId, form, model);
		}
		try {
			accesses.markReviewed(accessId, form.getVersion(), form.getComment());
		}
		catch (StaleRecordException | OptimisticLockingFailureException | IllegalStateException exception) {
			// A colleague reviewed it first (or changed it): show the list as it is now, keep nothing.
			model.addAttribute("flashError", "form.conflict");
			return showList(null, new EmergencyAccessReviewForm(), model);
		}
		redirect.addFlashAttribute("flash", "registry.emergencyAccess.reviewed");
		return "redirect:/children/emergency-access/reviews";
	}

	private String showList(UUID openReview, EmergencyAccessReviewForm review, Model model) {
		model.addAttribute("accesses", accesses.accessesForReview());
		model.addAttribute("review", review);
		model.addAttribute("openReview", openReview);
		return LIST_VIEW;
	}
}

package org.tsunagu.registry.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.registry.CareAssessmentManagement;
import org.tsunagu.registry.CareAssessmentView;
import org.tsunagu.registry.ChildManagement;

import jakarta.validation.Valid;

/**
 * The 医療的ケア tab of a child: the latest assessment with its score and 区分, the history, the devices and
 * the old 超重症児 score, with a small form to add the latter.
 */
@Controller
@RequestMapping("/children/{childId}/care")
class CareController {

	static final String VIEW = "registry/care";

	private final ChildManagement childManagement;

	private final CareAssessmentManagement care;

	CareController(ChildManagement childManagement, CareAssessmentManagement care) {
		this.childManagement = childManagement;
		this.care = care;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "REGISTRY";
	}

	@GetMapping
	String showCare(@PathVariable UUID childId, Model model) {
		model.addAttribute("severeForm", new SevereScoreForm());
		return page(childId, model);
	}

	@PostMapping("/severe-scores")
	String processSevereScoreForm(@PathVariable UUID childId, @Valid @ModelAttribute("severeForm") SevereScoreForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(childId, model);
		}
		care.recordSevereScore(childId, form.getScoredOn(), form.getTotal(), form.getNotes());
		redirect.addFlashAttribute("flash", "registry.care.severe.saved");
		return "redirect:/children/" + childId + "/care";
	}

	private String page(UUID childId, Model model) {
		// Reading the child for the heading is itself an audited read of personal data.
		model.addAttribute("child", childManagement.get(childId));
		var assessments = care.assessments(childId);
		CareAssessmentView latest = assessments.isEmpty() ? null : assessments.get(0);
		model.addAttribute("assessments", assessments);
		model.addAttribute("latest", latest);
		model.addAttribute("severeScores", care.severeScores(childId));
		return VIEW;
	}
}

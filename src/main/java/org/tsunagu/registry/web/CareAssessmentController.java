package org.tsunagu.registry.web;

import java.util.List;
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
import org.tsunagu.registry.CareItemOption;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.InvalidCareSelectionException;
import org.tsunagu.shared.JapaneseDates;

import jakarta.validation.Valid;

/**
 * The form of a new 医療的ケア判定スコア assessment. The score is computed by the server and shown while the
 * form is edited (htmx posts the form to {@code preview} on every change); without JavaScript it shows after
 * saving.
 */
@Controller
@RequestMapping("/children/{childId}/care")
class CareAssessmentController {

	static final String FORM_VIEW = "registry/care-form";

	private final ChildManagement childManagement;

	private final CareAssessmentManagement care;

	CareAssessmentController(ChildManagement childManagement, CareAssessmentManagement care) {
		this.childManagement = childManagement;
		this.care = care;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "REGISTRY";
	}

	@GetMapping("/new")
	String initCreationForm(@PathVariable UUID childId, Model model) {
		List<CareItemOption> options = care.careItems();
		CareAssessmentForm form = CareAssessmentForm.blank(options, JapaneseDates.today());
		model.addAttribute("form", form);
		return formPage(childId, form, options, model);
	}

	@PostMapping("/new")
	String processCreationForm(@PathVariable UUID childId, @Valid @ModelAttribute("form") CareAssessmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		List<CareItemOption> options = care.careItems();
		form.validate(options, result);
		if (result.hasErrors()) {
			form.padDevices();
			return formPage(childId, form, options, model);
		}
		try {
			care.record(childId, form.toInput(options, JapaneseDates.today()));
		}
		catch (InvalidCareSelectionException exception) {
			// Only when the table changed while the form was open: ask to check the rows again.
			result.reject("registry.care.tableChanged");
			return formPage(childId, form, options, model);
		}
		redirect.addFlashAttribute("flash", "registry.care.saved");
		return "redirect:/children/" + childId + "/care";
	}

	@PostMapping("/preview")
	String preview(@ModelAttribute("form") CareAssessmentForm form, BindingResult unfinished, Model model) {
		// Half-typed fields (a date being entered) do not matter for the score; the save validates them.
		List<CareItemOption> options = care.careItems();
		model.addAttribute("score", care.calculate(form.selections(options), JapaneseDates.today()));
		return FORM_VIEW + " :: score";
	}

	private String formPage(UUID childId, CareAssessmentForm form, List<CareItemOption> options, Model model) {
		model.addAttribute("child", childManagement.get(childId));
		model.addAttribute("options", options);
		model.addAttribute("score", care.calculate(form.selections(options), JapaneseDates.today()));
		return FORM_VIEW;
	}
}

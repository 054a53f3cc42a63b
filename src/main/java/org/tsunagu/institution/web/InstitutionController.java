package org.tsunagu.institution.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.institution.InvalidInstitutionException;
import org.tsunagu.institution.LiaisonManagement;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.Htmx;
import org.tsunagu.shared.web.StaleEdits;

import jakarta.servlet.http.HttpServletRequest;

/**
 * 関係機関: the resource finder, an institution's page, the forms to enter and change one, and confirming
 * that an entry is still current.
 */
@Controller
@RequestMapping("/institutions")
class InstitutionController {

	private static final String FORM = "institution/form";

	private final InstitutionManagement institutions;

	private final InstitutionChoices choices;

	private final LiaisonManagement liaisons;

	InstitutionController(InstitutionManagement institutions, InstitutionChoices choices,
			LiaisonManagement liaisons) {
		this.institutions = institutions;
		this.choices = choices;
		this.liaisons = liaisons;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "INSTITUTION");
		model.addAttribute("mayEdit", InstitutionChoices.mayEdit());
	}

	@GetMapping
	String listInstitutions(@ModelAttribute("filter") InstitutionFilterForm filter,
			@PageableDefault(size = 20, sort = "kana", direction = Sort.Direction.ASC) Pageable pageable,
			HttpServletRequest request, Model model) {
		model.addAttribute("page", institutions.search(filter.toFilter(), pageable));
		choices.addTo(model, false);
		return Htmx.view(request, "institution/list", "results");
	}

	@GetMapping("/{id}")
	String showInstitution(@PathVariable UUID id, Model model) {
		InstitutionDetails institution = institutions.get(id);
		model.addAttribute("institution", institution);
		model.addAttribute("mayEditThis", InstitutionChoices.mayEditIn(institution.regionName()));
		model.addAttribute("today", org.tsunagu.shared.JapaneseDates.today());
		model.addAttribute("careCategories", choices.careCategories());
		if (liaisons.mayLiaiseIn(institution.regionName())) {
			model.addAttribute("liaisons", liaisons.timeline(id));
		}
		return "institution/detail";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("institutionForm", InstitutionForms.blank());
		return showForm(model, true);
	}

	@PostMapping("/new")
	String processCreationForm(@Validated @ModelAttribute("institutionForm") InstitutionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, true);
		}
		try {
			UUID id = institutions.register(InstitutionForms.toInput(form));
			redirect.addFlashAttribute("flash", "institution.created");
			return "redirect:/institutions/" + id;
		}
		catch (InvalidInstitutionException invalid) {
			result.rejectValue(invalid.getField(), invalid.getMessageKey());
			return showForm(model, true);
		}
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		model.addAttribute("institutionForm", InstitutionForms.of(institutions.getForEdit(id)));
		model.addAttribute("institutionId", id);
		return showForm(model, false);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id,
			@Validated @ModelAttribute("institutionForm") InstitutionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("institutionId", id);
		if (result.hasErrors()) {
			return showForm(model, false);
		}
		try {
			institutions.update(id, form.getVersion(), InstitutionForms.toInput(form));
		}
		catch (StaleRecordException stale) {
			StaleEdits.reapply(model, form, InstitutionForms.of(institutions.getForEdit(id)), "institution");
			return showForm(model, false);
		}
		catch (InvalidInstitutionException invalid) {
			result.rejectValue(invalid.getField(), invalid.getMessageKey());
			return showForm(model, false);
		}
		redirect.addFlashAttribute("flash", "institution.updated");
		return "redirect:/institutions/" + id;
	}

	@PostMapping("/{id}/confirm")
	String confirmInstitution(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			institutions.confirm(id, version);
			redirect.addFlashAttribute("flash", "institution.confirmed");
		}
		catch (StaleRecordException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		return "redirect:/institutions/" + id;
	}

	@PostMapping("/{id}/retire")
	String retireInstitution(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate retiredOn,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > 500 || retiredOn == null) {
			redirect.addFlashAttribute("flashError", "institution.retire.invalid");
			return "redirect:/institutions/" + id;
		}
		try {
			institutions.retire(id, version, retiredOn, reason);
			redirect.addFlashAttribute("flash", "institution.retired");
		}
		catch (StaleRecordException | IllegalStateException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		return "redirect:/institutions/" + id;
	}

	@PostMapping("/{id}/reinstate")
	String reinstateInstitution(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			institutions.reinstate(id, version);
			redirect.addFlashAttribute("flash", "institution.reinstated");
		}
		catch (StaleRecordException | IllegalStateException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		return "redirect:/institutions/" + id;
	}

	private String showForm(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		Object form = model.getAttribute("institutionForm");
		if (form instanceof InstitutionForm institutionForm) {
			InstitutionForms.completeRows(institutionForm);
		}
		choices.addTo(model, true);
		return FORM;
	}
}

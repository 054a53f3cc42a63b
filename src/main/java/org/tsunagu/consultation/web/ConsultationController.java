package org.tsunagu.consultation.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.PublicConsultationIntake;
import org.tsunagu.consultation.internal.UnknownPlaceException;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.Htmx;
import org.tsunagu.shared.web.StaleEdits;

import jakarta.servlet.http.HttpServletRequest;

/**
 * 相談支援: the list of consultations, the intake form for a call in progress, a consultation's page, its
 * edit form and closing it.
 */
@Controller
@RequestMapping("/consultations")
class ConsultationController {

	private static final String FORM = "consultation/form";

	private final ConsultationManagement consultations;

	private final ConsultationChoices choices;

	private final PublicConsultationIntake webForm;

	ConsultationController(ConsultationManagement consultations, ConsultationChoices choices,
			PublicConsultationIntake webForm) {
		this.consultations = consultations;
		this.choices = choices;
		this.webForm = webForm;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "CONSULTATION");
	}

	@GetMapping
	String listConsultations(@ModelAttribute("filter") ConsultationFilterForm filter,
			@PageableDefault(size = 20, sort = "receivedAt", direction = Sort.Direction.DESC) Pageable pageable,
			HttpServletRequest request, Model model) {
		model.addAttribute("page", consultations.search(filter.toFilter(), pageable));
		choices.addTo(model);
		return Htmx.view(request, "consultation/list", "results");
	}

	@GetMapping("/{id}")
	String showConsultation(@PathVariable UUID id, Model model) {
		model.addAttribute("consultation", consultations.get(id));
		model.addAttribute("webContact", webForm.contactFor(id).orElse(null));
		return "consultation/detail";
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(name = "child", required = false) @Nullable UUID childId, Model model) {
		model.addAttribute("consultationForm", ConsultationForm.forNewCall(childId));
		return showForm(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Validated @ModelAttribute("consultationForm") ConsultationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			UUID id = consultations.record(form.toInput());
			redirect.addFlashAttribute("flash", "consultation.created");
			return "redirect:/consultations/" + id;
		}
		catch (UnknownPlaceException unknown) {
			result.rejectValue("municipalityCode", "consultation.place.unknown");
			return showForm(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		model.addAttribute("consultationForm", ConsultationForm.of(consultations.get(id)));
		return showForm(model, id);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id,
			@Validated @ModelAttribute("consultationForm") ConsultationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, id);
		}
		try {
			consultations.update(id, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException stale) {
			StaleEdits.reapply(model, form, ConsultationForm.of(consultations.get(id)), "consultation");
			return showForm(model, id);
		}
		catch (UnknownPlaceException unknown) {
			result.rejectValue("municipalityCode", "consultation.place.unknown");
			return showForm(model, id);
		}
		redirect.addFlashAttribute("flash", "consultation.updated");
		return "redirect:/consultations/" + id;
	}

	@PostMapping("/{id}/close")
	String processClose(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			consultations.close(id, version);
			redirect.addFlashAttribute("flash", "consultation.closed");
		}
		catch (StaleRecordException | IllegalStateException notClosable) {
			redirect.addFlashAttribute("flashError", "consultation.close.refused");
		}
		return "redirect:/consultations/" + id;
	}

	private String showForm(Model model, @Nullable UUID id) {
		model.addAttribute("consultationId", id);
		model.addAttribute("creating", id == null);
		choices.addTo(model);
		return FORM;
	}
}

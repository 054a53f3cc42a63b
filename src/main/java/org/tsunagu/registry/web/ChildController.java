package org.tsunagu.registry.web;

import java.util.List;
import java.util.UUID;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.internal.UnknownMunicipalityException;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.Htmx;
import org.tsunagu.shared.web.StaleEdits;

import jakarta.servlet.http.HttpServletRequest;

/**
 * 児童台帳: the list of children, a child's page and the forms to enter and change a child.
 */
@Controller
@RequestMapping("/children")
class ChildController {

	private static final String FORM = "registry/form";

	private final ChildManagement children;

	private final RegistryChoices choices;

	ChildController(ChildManagement children, RegistryChoices choices) {
		this.children = children;
		this.choices = choices;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "REGISTRY");
		model.addAttribute("today", JapaneseDates.today());
		model.addAttribute("mayEdit", RegistryChoices.mayEdit());
	}

	@GetMapping
	String listChildren(@ModelAttribute("filter") ChildFilterForm filter,
			@PageableDefault(size = 20, sort = "familyNameKana", direction = Sort.Direction.ASC) Pageable pageable,
			HttpServletRequest request, Model model) {
		model.addAttribute("page", children.search(filter.toFilter(), pageable));
		choices.addTo(model);
		return Htmx.view(request, "registry/list", "results");
	}

	@GetMapping("/{id}")
	String showChild(@PathVariable UUID id, Model model) {
		model.addAttribute("child", children.get(id));
		model.addAttribute("isDirector", CurrentUsers.require().role() == Role.CENTER_DIRECTOR);
		return "registry/detail";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("childForm", new ChildForm());
		return showForm(model, true);
	}

	@PostMapping("/new")
	String processCreationForm(@Validated @ModelAttribute("childForm") ChildForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, true);
		}
		List<ChildListItem> duplicates = children.findPossibleDuplicates(form.toInput());
		if (!duplicates.isEmpty() && !form.isDuplicateChecked()) {
			model.addAttribute("duplicates", duplicates);
			return showForm(model, true);
		}
		try {
			UUID id = children.register(form.toInput());
			redirect.addFlashAttribute("flash", "registry.created");
			return "redirect:/children/" + id;
		}
		catch (UnknownMunicipalityException unknown) {
			result.rejectValue("municipalityCode", "registry.municipality.unknown");
			return showForm(model, true);
		}
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		ChildDetails child = children.get(id);
		model.addAttribute("childForm", ChildForm.of(child));
		model.addAttribute("child", child);
		return showForm(model, false);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id, @Validated @ModelAttribute("childForm") ChildForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("childId", id);
		if (result.hasErrors()) {
			return showForm(model, false);
		}
		try {
			children.update(id, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException stale) {
			ChildDetails current = children.get(id);
			model.addAttribute("child", current);
			StaleEdits.reapply(model, form, ChildForm.of(current), "registry", "duplicateChecked");
			return showForm(model, false);
		}
		catch (UnknownMunicipalityException unknown) {
			result.rejectValue("municipalityCode", "registry.municipality.unknown");
			return showForm(model, false);
		}
		redirect.addFlashAttribute("flash", "registry.updated");
		return "redirect:/children/" + id;
	}

	private String showForm(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		choices.addTo(model);
		return FORM;
	}
}

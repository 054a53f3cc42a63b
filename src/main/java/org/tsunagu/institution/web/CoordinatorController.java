package org.tsunagu.institution.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.tsunagu.institution.CoordinatorManagement;
import org.tsunagu.institution.InstitutionFilter;
import org.tsunagu.institution.InstitutionListItem;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.institution.InvalidInstitutionException;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.StaleEdits;

/**
 * 医療的ケア児等コーディネーター: the roster by 圏域, the coverage table with the municipalities nobody covers,
 * and the forms to enter, change, deactivate and reactivate a coordinator.
 */
@Controller
@RequestMapping("/institutions/coordinators")
class CoordinatorController {

	private static final String FORM = "institution/coordinator-form";

	private final CoordinatorManagement coordinators;

	private final InstitutionManagement institutions;

	private final InstitutionChoices choices;

	CoordinatorController(CoordinatorManagement coordinators, InstitutionManagement institutions,
			InstitutionChoices choices) {
		this.coordinators = coordinators;
		this.institutions = institutions;
		this.choices = choices;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "INSTITUTION");
		model.addAttribute("mayEdit", InstitutionChoices.mayEdit());
	}

	@GetMapping
	String listCoordinators(@ModelAttribute("filter") CoordinatorFilterForm filter, Model model) {
		model.addAttribute("coordinators", coordinators.search(filter.toFilter()));
		choices.addTo(model, false);
		return "institution/coordinators";
	}

	@GetMapping("/coverage")
	String showCoverage(Model model) {
		model.addAttribute("coverage", coordinators.coverage());
		return "institution/coverage";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("coordinatorForm", new CoordinatorForm());
		return showForm(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Validated @ModelAttribute("coordinatorForm") CoordinatorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			coordinators.register(form.toInput());
		}
		catch (InvalidInstitutionException invalid) {
			result.rejectValue(invalid.getField(), invalid.getMessageKey());
			return showForm(model, null);
		}
		redirect.addFlashAttribute("flash", "institution.coordinator.created");
		redirect.addAttribute("region", form.getRegionName());
		return "redirect:/institutions/coordinators";
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		model.addAttribute("coordinatorForm", CoordinatorForm.of(coordinators.get(id)));
		model.addAttribute("coordinator", coordinators.get(id));
		return showForm(model, id);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id,
			@Validated @ModelAttribute("coordinatorForm") CoordinatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("coordinator", coordinators.get(id));
		if (result.hasErrors()) {
			return showForm(model, id);
		}
		try {
			coordinators.update(id, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException stale) {
			StaleEdits.reapply(model, form, CoordinatorForm.of(coordinators.get(id)), "institution.coordinator");
			return showForm(model, id);
		}
		catch (InvalidInstitutionException invalid) {
			result.rejectValue(invalid.getField(), invalid.getMessageKey());
			return showForm(model, id);
		}
		redirect.addFlashAttribute("flash", "institution.coordinator.updated");
		redirect.addAttribute("region", form.getRegionName());
		return "redirect:/institutions/coordinators";
	}

	@PostMapping("/{id}/active")
	String changeActive(@PathVariable UUID id, @RequestParam long version, @RequestParam boolean active,
			RedirectAttributes redirect) {
		try {
			if (active) {
				coordinators.reactivate(id, version);
			}
			else {
				coordinators.deactivate(id, version);
			}
			redirect.addFlashAttribute("flash",
					active ? "institution.coordinator.reactivated" : "institution.coordinator.deactivated");
		}
		catch (StaleRecordException | IllegalStateException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		return "redirect:/institutions/coordinators/" + id + "/edit";
	}

	private String showForm(Model model, @Nullable UUID id) {
		model.addAttribute("coordinatorId", id);
		model.addAttribute("creating", id == null);
		model.addAttribute("organisations", organisationsByRegion());
		choices.addTo(model, true);
		return FORM;
	}

	/** The directory's institutions by 圏域, for the organisation choice. */
	private Map<String, List<InstitutionListItem>> organisationsByRegion() {
		Map<String, List<InstitutionListItem>> byRegion = new LinkedHashMap<>();
		institutions.search(InstitutionFilter.none(), PageRequest.of(0, 2000, Sort.by("regionName", "kana")))
			.forEach(item -> byRegion.computeIfAbsent(item.regionName(), r -> new java.util.ArrayList<>()).add(item));
		return byRegion;
	}
}

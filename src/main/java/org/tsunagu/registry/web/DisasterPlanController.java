package org.tsunagu.registry.web;

import java.util.UUID;

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
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.DisasterPlanManagement;
import org.tsunagu.registry.EvacuationDecision;
import org.tsunagu.registry.MunicipalityPlanStatus;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.tsunagu.shared.web.Htmx;
import org.tsunagu.shared.web.StaleEdits;

/**
 * 個別避難計画: a child's plan page and form, and the work list of power-dependent children whose plan needs
 * attention.
 */
@Controller
@RequestMapping("/children")
class DisasterPlanController {

	private static final String FORM = "registry/disaster-plan-form";

	private final ChildManagement children;

	private final DisasterPlanManagement plans;

	private final RegistryChoices choices;

	DisasterPlanController(ChildManagement children, DisasterPlanManagement plans, RegistryChoices choices) {
		this.children = children;
		this.plans = plans;
		this.choices = choices;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "REGISTRY");
		model.addAttribute("today", JapaneseDates.today());
		model.addAttribute("mayEdit", RegistryChoices.mayEdit());
	}

	@GetMapping("/power-dependent")
	String listPowerDependent(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String municipality, HttpServletRequest request, Model model) {
		model.addAttribute("rows", plans.powerDependent(region, municipality));
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("municipality", municipality == null ? "" : municipality);
		choices.addTo(model);
		return Htmx.view(request, "registry/power-dependent", "results");
	}

	@GetMapping("/{id}/disaster-plan")
	String showDisasterPlan(@PathVariable UUID id, Model model) {
		model.addAttribute("child", children.get(id));
		model.addAttribute("plan", plans.get(id));
		return "registry/disaster-plan";
	}

	@GetMapping("/{id}/disaster-plan/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		model.addAttribute("disasterPlanForm", DisasterPlanForm.of(plans.get(id)));
		return showForm(id, model);
	}

	@PostMapping("/{id}/disaster-plan/edit")
	String processUpdateForm(@PathVariable UUID id,
			@Validated @ModelAttribute("disasterPlanForm") DisasterPlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		try {
			plans.save(id, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException stale) {
			StaleEdits.reapply(model, form, DisasterPlanForm.of(plans.get(id)), "registry.disaster");
			return showForm(id, model);
		}
		redirect.addFlashAttribute("flash", "registry.disaster.saved");
		return "redirect:/children/" + id + "/disaster-plan";
	}

	private String showForm(UUID id, Model model) {
		model.addAttribute("child", children.get(id));
		model.addAttribute("planStatuses", MunicipalityPlanStatus.values());
		model.addAttribute("decisions", EvacuationDecision.values());
		return FORM;
	}
}

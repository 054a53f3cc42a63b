package org.tsunagu.information.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import org.tsunagu.information.GapStatus;
import org.tsunagu.information.ResourceGapManagement;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.StaleRecordException;

/**
 * 資源開拓: the list of gaps by 圏域 and status, and the form to record or follow one up.
 */
@Controller
@RequestMapping("/information/gaps")
class GapController {

	private static final String FORM = "information/gap-form";

	private final ResourceGapManagement gaps;

	private final ReferenceData reference;

	GapController(ResourceGapManagement gaps, ReferenceData reference) {
		this.gaps = gaps;
		this.reference = reference;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "INFORMATION");
		model.addAttribute("regions", reference.regions(false));
		model.addAttribute("statuses", GapStatus.values());
	}

	@GetMapping
	String listGaps(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable GapStatus status, Model model) {
		model.addAttribute("gaps", gaps.list(region, status));
		model.addAttribute("region", region);
		model.addAttribute("status", status);
		return "information/gaps";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("gapForm", new GapForm());
		model.addAttribute("creating", true);
		return FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@Validated @ModelAttribute("gapForm") GapForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		if (result.hasErrors()) {
			return FORM;
		}
		gaps.record(form.toInput());
		redirect.addFlashAttribute("flash", "information.gap.recorded");
		return "redirect:/information/gaps";
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		model.addAttribute("gapForm", GapForm.of(gaps.get(id)));
		model.addAttribute("gapId", id);
		model.addAttribute("creating", false);
		return FORM;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable UUID id, @Validated @ModelAttribute("gapForm") GapForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("gapId", id);
		model.addAttribute("creating", false);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			gaps.update(id, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException stale) {
			model.addAttribute("flashError", "form.conflict");
			return FORM;
		}
		redirect.addFlashAttribute("flash", "information.updated");
		return "redirect:/information/gaps";
	}
}

package org.tsunagu.reference.web;

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
import org.tsunagu.reference.internal.Region;
import org.tsunagu.reference.internal.RegionAdministration;
import org.tsunagu.shared.StaleRecordException;

import jakarta.validation.Valid;

/**
 * 圏域 administration: the list with each region's number of municipalities, and the edit form.
 */
@Controller
@RequestMapping("/admin/reference/regions")
class RegionController {

	private static final String LIST = "/admin/reference/regions";

	private static final String FORM_VIEW = "reference/region-form";

	private final RegionAdministration regions;

	RegionController(RegionAdministration regions) {
		this.regions = regions;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "ADMIN";
	}

	@GetMapping
	String listRegions(Model model) {
		model.addAttribute("regions", regions.summaries());
		return "reference/regions";
	}

	@GetMapping("/{name}/edit")
	String initUpdateForm(@PathVariable String name, Model model) {
		Region region = regions.find(name);
		model.addAttribute("form", RegionForm.of(region));
		model.addAttribute("region", region);
		return FORM_VIEW;
	}

	@PostMapping("/{name}/edit")
	String processUpdateForm(@PathVariable String name, @Valid @ModelAttribute("form") RegionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("region", regions.find(name));
			return FORM_VIEW;
		}
		try {
			regions.update(name, form.toChange());
		}
		catch (StaleRecordException | OptimisticLockingFailureException exception) {
			// Never overwrite: show what is stored now, so the administrator can decide again.
			Region current = regions.find(name);
			model.addAttribute("form", RegionForm.of(current));
			model.addAttribute("region", current);
			model.addAttribute("flashError", "form.conflict");
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("flash", "reference.region.saved");
		return "redirect:" + LIST;
	}
}

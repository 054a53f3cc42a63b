package org.tsunagu.reference.web;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tsunagu.reference.internal.Municipality;
import org.tsunagu.reference.internal.MunicipalityAdministration;
import org.tsunagu.reference.internal.MunicipalitySearch;
import org.tsunagu.reference.internal.RegionAdministration;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.Htmx;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * 市町村 administration: the filtered, sortable list and the edit form.
 */
@Controller
@RequestMapping("/admin/reference/municipalities")
class MunicipalityController {

	static final int PAGE_SIZE = 20;

	private static final String LIST = "/admin/reference/municipalities";

	private static final String FORM_VIEW = "reference/municipality-form";

	private final MunicipalityAdministration municipalities;

	private final RegionAdministration regions;

	MunicipalityController(MunicipalityAdministration municipalities, RegionAdministration regions) {
		this.municipalities = municipalities;
		this.regions = regions;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "ADMIN";
	}

	@GetMapping
	String listMunicipalities(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "code,asc") String sort, HttpServletRequest request, Model model) {
		Page<Municipality> result = municipalities.search(new MunicipalitySearch(region, q),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, parseSort(sort)));
		String filterUrl = UriComponentsBuilder.fromPath(LIST)
			.queryParamIfPresent("region", java.util.Optional.ofNullable(region).filter(text -> !text.isBlank()))
			.queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(text -> !text.isBlank()))
			.build()
			.toUriString();
		model.addAttribute("page", result);
		model.addAttribute("regions", regions.findAll());
		model.addAttribute("region", region);
		model.addAttribute("q", q);
		model.addAttribute("filterUrl", filterUrl);
		model.addAttribute("pageUrl", UriComponentsBuilder.fromUriString(filterUrl).queryParam("sort", sort).build().toUriString());
		return Htmx.view(request, "reference/municipalities", "results");
	}

	@GetMapping("/{code}/edit")
	String initUpdateForm(@PathVariable String code, Model model) {
		Municipality municipality = municipalities.find(code);
		model.addAttribute("form", MunicipalityForm.of(municipality));
		return showForm(municipality, model);
	}

	@PostMapping("/{code}/edit")
	String processUpdateForm(@PathVariable String code, @Valid @ModelAttribute("form") MunicipalityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(municipalities.find(code), model);
		}
		try {
			municipalities.update(code, form.toChange());
		}
		catch (StaleRecordException | OptimisticLockingFailureException exception) {
			// Never overwrite: show what is stored now, so the administrator can decide again.
			Municipality current = municipalities.find(code);
			model.addAttribute("form", MunicipalityForm.of(current));
			model.addAttribute("flashError", "form.conflict");
			return showForm(current, model);
		}
		redirect.addFlashAttribute("flash", "reference.municipality.saved");
		return "redirect:" + LIST;
	}

	private String showForm(Municipality municipality, Model model) {
		model.addAttribute("municipality", municipality);
		model.addAttribute("regions", regions.findAll());
		return FORM_VIEW;
	}

	/** A sort parameter such as {@code name,desc} as a sort; unknown keys are dropped by the search. */
	static Sort parseSort(String sort) {
		String[] parts = sort.split(",");
		boolean descending = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].strip());
		Sort.Order order = descending ? Sort.Order.desc(parts[0].strip()) : Sort.Order.asc(parts[0].strip());
		return Sort.by(order);
	}
}

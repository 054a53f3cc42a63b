package org.tsunagu.institution.web;

import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.InstitutionTransfer;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.RecordNotFoundException;
import org.tsunagu.shared.web.PublicSection;

/**
 * 社会資源検索 on the public site (no login): only entries marked public and not retired, and never the people to
 * contact or staff notes. Also the same directory as Open Referral HSDS JSON for other directories.
 */
@Controller
class PublicResourceController {

	/** A page shows at most this many; the filters narrow it down. */
	static final int PAGE_MAX = 200;

	private final InstitutionTransfer transfer;

	private final InstitutionChoices choices;

	private final ReferenceData reference;

	private final MessageSource messages;

	PublicResourceController(InstitutionTransfer transfer, InstitutionChoices choices, ReferenceData reference,
			MessageSource messages) {
		this.transfer = transfer;
		this.choices = choices;
		this.reference = reference;
		this.messages = messages;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("publicActive", "/public/resources");
		model.addAttribute("careCategories", choices.careCategories());
	}

	@GetMapping("/public/resources")
	String listPublicResources(@ModelAttribute("filter") InstitutionFilterForm filter, Model model) {
		filter.setStale(false);
		filter.setRetired(false);
		List<InstitutionDetails> found = transfer.publicDirectory(filter.toFilter());
		model.addAttribute("total", found.size());
		model.addAttribute("resources", found.stream().limit(PAGE_MAX).toList());
		List<RegionView> regions = reference.regions(false);
		model.addAttribute("regions", regions);
		model.addAttribute("municipalitiesByRegion", reference.activeMunicipalitiesByRegion(regions));
		model.addAttribute("kinds", InstitutionKind.values());
		return "institution/public-list";
	}

	@GetMapping("/public/resources/{id}")
	String showPublicResource(@PathVariable UUID id, Model model) {
		model.addAttribute("resource",
				transfer.publicEntry(id).orElseThrow(() -> new RecordNotFoundException("Institution", id)));
		return "institution/public-detail";
	}

	@GetMapping("/api/v1/public/institutions/hsds")
	@ResponseBody
	List<HsdsOrganization> listPublicDirectory(InstitutionFilterForm filter) {
		filter.setStale(false);
		filter.setRetired(false);
		var categories = choices.careCategories();
		return transfer.publicDirectory(filter.toFilter())
			.stream()
			.map(institution -> HsdsOrganization.of(institution, categories, messages))
			.toList();
	}

	/** The entry of the public site's menu. */
	@Configuration(proxyBeanMethods = false)
	static class PublicMenu {

		@Bean
		PublicSection resourceFinderSection() {
			return new PublicSection("/public/resources", "institution.public.title", "institution.public.description",
					20);
		}
	}
}

package org.tsunagu.registry.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.Sex;

/**
 * The choices the registry's forms and filters offer, limited to the 圏域 the user may work in.
 */
@Component
class RegistryChoices {

	private final ReferenceData reference;

	RegistryChoices(ReferenceData reference) {
		this.reference = reference;
	}

	void addTo(Model model) {
		AccessScope scope = CurrentUsers.require().scope();
		List<RegionView> regions = reference.regions(false)
			.stream()
			.filter(region -> scope.kind() != org.tsunagu.identity.ScopeKind.REGION || scope.permitsRegion(region.name()))
			.toList();
		model.addAttribute("regions", regions);
		model.addAttribute("municipalitiesByRegion", reference.activeMunicipalitiesByRegion(regions));
		model.addAttribute("statuses", ChildStatus.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("schoolStatuses", SchoolStatuses.ALL);
		model.addAttribute("services", ServiceList.STANDARD);
		model.addAttribute("ageBands", AgeBand.values());
		model.addAttribute("careCategories", careCategories());
		model.addAttribute("careClasses", org.tsunagu.registry.CareClass.values());
	}

	/** The 14 categories of the 判定スコア (item number → category), from the reference data. */
	private Map<Integer, String> careCategories() {
		Map<Integer, String> categories = new java.util.TreeMap<>();
		reference.careScoreItems().forEach(item -> categories.putIfAbsent(item.itemNo(), shortLabel(item.category())));
		return categories;
	}

	/** The category without its parenthesised explanation, short enough for a select box. */
	private static String shortLabel(String category) {
		int bracket = category.indexOf(" (");
		return bracket > 0 ? category.substring(0, bracket) : category;
	}

	/** Whether the logged-in user may enter and change children (outside organisations only read). */
	static boolean mayEdit() {
		return CurrentUsers.require().role() != Role.INSTITUTION;
	}
}

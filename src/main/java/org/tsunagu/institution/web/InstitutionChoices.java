package org.tsunagu.institution.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.InstitutionField;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.WaitingStatus;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;

/**
 * The choices of the finder and the form. The finder offers every 圏域 (entries are not personal data);
 * the form offers a health office only its own.
 */
@Component
class InstitutionChoices {

	private final ReferenceData reference;

	InstitutionChoices(ReferenceData reference) {
		this.reference = reference;
	}

	void addTo(Model model, boolean forEditing) {
		AccessScope scope = CurrentUsers.require().scope();
		List<RegionView> regions = reference.regions(false)
			.stream()
			.filter(region -> !forEditing || scope.permitsRegion(region.name()))
			.toList();
		model.addAttribute("regions", regions);
		model.addAttribute("municipalitiesByRegion", reference.activeMunicipalitiesByRegion(regions));
		model.addAttribute("fields", InstitutionField.values());
		model.addAttribute("kinds", InstitutionKind.values());
		model.addAttribute("waitingStatuses", WaitingStatus.values());
		model.addAttribute("acceptances", Acceptance.values());
		model.addAttribute("careCategories", careCategories());
	}

	/** The 14 categories of the 判定スコア (item number → short label), from the reference data. */
	Map<Integer, String> careCategories() {
		Map<Integer, String> categories = new TreeMap<>();
		reference.careScoreItems().forEach(item -> categories.putIfAbsent(item.itemNo(), shortLabel(item.category())));
		return categories;
	}

	private static String shortLabel(String category) {
		int bracket = category.indexOf(" (");
		return bracket > 0 ? category.substring(0, bracket) : category;
	}

	/** Whether the user may change entries at all; the prefecture only reads. */
	static boolean mayEdit() {
		Role role = CurrentUsers.require().role();
		return role != Role.PREFECTURE && role != Role.INSTITUTION && role != Role.ADMIN;
	}

	/** Whether the user may change an entry of the given 圏域 (a health office only its own). */
	static boolean mayEditIn(String regionName) {
		CurrentUser user = CurrentUsers.require();
		return mayEdit() && user.scope().permitsRegion(regionName);
	}
}

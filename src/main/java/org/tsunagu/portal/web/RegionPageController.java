package org.tsunagu.portal.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * 圏域のページ: each 障がい保健福祉圏域 with its 保健福祉事務所 and municipalities; the modules add their
 * figures here as they land. A health office user sees only their own 圏域 — another 圏域 by URL is 403.
 */
@Controller
class RegionPageController {

	private final ReferenceData reference;

	RegionPageController(ReferenceData reference) {
		this.reference = reference;
	}

	@GetMapping("/regions")
	String listRegions(Model model) {
		AccessScope scope = CurrentUsers.require().scope();
		List<RegionView> regions = reference.regions(false)
			.stream()
			.filter(region -> scope.permitsRegion(region.name()))
			.toList();
		model.addAttribute("regions", regions);
		return "portal/regions";
	}

	@GetMapping("/regions/{name}")
	String showRegion(@PathVariable String name, Model model) {
		RegionView region = reference.region(name).orElseThrow(() -> new RecordNotFoundException("Region", name));
		CurrentUsers.require().scope().checkRegion(region.name());
		model.addAttribute("region", region);
		model.addAttribute("municipalities", reference.municipalities(region.name()));
		return "portal/region";
	}
}

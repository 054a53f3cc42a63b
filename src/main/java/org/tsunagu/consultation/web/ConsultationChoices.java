package org.tsunagu.consultation.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationStatus;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;

/**
 * The choices the consultation form and filters offer, limited to the 圏域 the user may work in.
 */
@Component
class ConsultationChoices {

	private final ReferenceData reference;

	ConsultationChoices(ReferenceData reference) {
		this.reference = reference;
	}

	void addTo(Model model) {
		AccessScope scope = CurrentUsers.require().scope();
		List<RegionView> regions = reference.regions(false)
			.stream()
			.filter(region -> scope.permitsRegion(region.name()))
			.toList();
		model.addAttribute("regions", regions);
		model.addAttribute("municipalitiesByRegion", reference.activeMunicipalitiesByRegion(regions));
		model.addAttribute("channels", ConsultationChannel.values());
		model.addAttribute("consulterTypes", ConsulterType.values());
		model.addAttribute("topics", ConsultationTopic.values());
		model.addAttribute("statuses", ConsultationStatus.values());
		model.addAttribute("childLinks", ChildLink.values());
	}
}

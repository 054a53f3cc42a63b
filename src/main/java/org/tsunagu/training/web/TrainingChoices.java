package org.tsunagu.training.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.training.ApplicationStatus;
import org.tsunagu.training.AttendanceStatus;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.ModuleKind;
import org.tsunagu.training.OrganisationKind;
import org.tsunagu.training.PrerequisitePart;

/** The choices of the training forms and filters; 圏域 and 市町村 from the reference data. */
@Component
class TrainingChoices {

	private final ReferenceData reference;

	TrainingChoices(ReferenceData reference) {
		this.reference = reference;
	}

	void addTo(Model model) {
		model.addAttribute("courseKinds", CourseKind.values());
		model.addAttribute("prerequisiteParts", PrerequisitePart.values());
		model.addAttribute("moduleKinds", ModuleKind.values());
		model.addAttribute("organisationKinds", OrganisationKind.values());
		model.addAttribute("attendanceStatuses", AttendanceStatus.values());
		model.addAttribute("applicationStatuses", ApplicationStatus.values());
		var regions = reference.regions(false);
		model.addAttribute("regions", regions);
		model.addAttribute("municipalitiesByRegion", reference.activeMunicipalitiesByRegion(regions));
	}
}

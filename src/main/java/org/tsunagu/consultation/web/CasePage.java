package org.tsunagu.consultation.web;

import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tsunagu.consultation.CaseDetails;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ReferralManagement;
import org.tsunagu.consultation.ReferralResult;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.institution.InstitutionFilter;
import org.tsunagu.institution.InstitutionListItem;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;

/**
 * Everything a case's page shows: the case, its referrals, and the forms of its actions (kept when a form
 * comes back with errors).
 */
@Component
class CasePage {

	static final String VIEW = "consultation/case";

	private final CaseManagement cases;

	private final ReferralManagement referrals;

	private final InstitutionManagement institutions;

	private final ReferenceData reference;

	CasePage(CaseManagement cases, ReferralManagement referrals, InstitutionManagement institutions,
			ReferenceData reference) {
		this.cases = cases;
		this.referrals = referrals;
		this.institutions = institutions;
		this.reference = reference;
	}

	String show(UUID id, Model model) {
		CaseDetails details = cases.get(id);
		CurrentUser user = CurrentUsers.require();
		model.addAttribute("activeNav", "CONSULTATION");
		model.addAttribute("kase", details);
		model.addAttribute("referrals", referrals.referralsOf(id));
		model.addAttribute("owners", user.scope().permitsRegion(details.regionName()) ? cases.owners(details.regionName())
				: java.util.List.of());
		model.addAttribute("institutions", institutionChoices());
		model.addAttribute("regions", reference.regions(false));
		model.addAttribute("channels", ConsultationChannel.values());
		model.addAttribute("priorities", CasePriority.values());
		model.addAttribute("outcomes", ReferralResult.values());
		model.addAttribute("director", user.role() == Role.CENTER_DIRECTOR);
		model.addAttribute("inScope", user.scope().permitsRegion(details.regionName()));
		model.addAttribute("receiving", details.handoverRegion() != null
				&& user.scope().permitsRegion(details.handoverRegion()));
		model.addAttribute("mayExport", user.role() == Role.CENTER_DIRECTOR || user.role() == Role.CONSULTANT
				|| user.role() == Role.NURSE);
		model.addAttribute("nextStatuses", nextStatuses(details));
		model.addAttribute("today", JapaneseDates.today());
		addForms(details, model);
		return VIEW;
	}

	private static void addForms(CaseDetails details, Model model) {
		if (!model.containsAttribute("contactForm")) {
			ContactForm contact = new ContactForm();
			contact.setOccurredOn(JapaneseDates.today());
			model.addAttribute("contactForm", contact);
		}
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", new TaskForm());
		}
		if (!model.containsAttribute("referralForm")) {
			ReferralForm referral = new ReferralForm();
			referral.setReferredOn(JapaneseDates.today());
			model.addAttribute("referralForm", referral);
		}
	}

	private static java.util.List<CaseStatus> nextStatuses(CaseDetails details) {
		if (details.closeRequested()) {
			return java.util.List.of();
		}
		return switch (details.status()) {
			case RECEIVED, MONITORING -> java.util.List.of(CaseStatus.IN_PROGRESS);
			case IN_PROGRESS -> java.util.List.of(CaseStatus.MONITORING);
			case CLOSED -> java.util.List.of();
		};
	}

	private java.util.List<InstitutionListItem> institutionChoices() {
		return institutions.search(InstitutionFilter.none(), org.springframework.data.domain.PageRequest.of(0, 300,
				Sort.by("kana")))
			.getContent();
	}
}

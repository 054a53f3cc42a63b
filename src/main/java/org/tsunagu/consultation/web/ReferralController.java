package org.tsunagu.consultation.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ReferralManagement;
import org.tsunagu.registry.SharingNotConsentedException;

/**
 * 紹介・つなぎ: referring a case (with the consent check) and recording the outcome; the list of referrals still
 * without an outcome after the configured number of days.
 */
@Controller
class ReferralController {

	private final ReferralManagement referrals;

	private final CasePage page;

	ReferralController(ReferralManagement referrals, CasePage page) {
		this.referrals = referrals;
		this.page = page;
	}

	@GetMapping("/consultations/referrals")
	String listOverdueReferrals(Model model) {
		model.addAttribute("activeNav", "CONSULTATION");
		model.addAttribute("referrals", referrals.overdue());
		return "consultation/referrals";
	}

	@PostMapping("/consultations/cases/{id}/referrals")
	String processReferral(@PathVariable UUID id, @Validated @ModelAttribute("referralForm") ReferralForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				referrals.refer(id, form.toInput());
				redirect.addFlashAttribute("flash", "consultation.referral.created");
				return "redirect:/consultations/cases/" + id + "#referrals";
			}
			catch (SharingNotConsentedException notConsented) {
				result.reject("consultation.referral.notConsented");
			}
			catch (IllegalArgumentException notConfirmed) {
				result.rejectValue("consentConfirmed", "consultation.referral.consent.required");
			}
		}
		return page.show(id, model);
	}

	@PostMapping("/consultations/cases/{id}/referrals/{referralId}/outcome")
	String processOutcome(@PathVariable UUID id, @PathVariable UUID referralId,
			@Validated @ModelAttribute ReferralOutcomeForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "consultation.referral.outcome.required");
			return "redirect:/consultations/cases/" + id + "#referrals";
		}
		return CaseController.done(id, redirect, "consultation.referral.outcomeRecorded", () -> referrals
			.recordOutcome(id, referralId, form.getVersion(), form.getOutcome(), form.getOutcomeOn(), form.getNote()));
	}
}

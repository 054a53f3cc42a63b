package org.tsunagu.institution.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.institution.InvalidInstitutionException;
import org.tsunagu.institution.LiaisonChannel;
import org.tsunagu.institution.LiaisonManagement;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.StaleEdits;

/**
 * 連携記録: recording a contact with an institution, changing it, marking its follow-up done, and the work
 * list of open follow-ups.
 */
@Controller
@RequestMapping("/institutions")
class LiaisonController {

	private static final String FORM = "institution/liaison-form";

	private final LiaisonManagement liaisons;

	private final InstitutionManagement institutions;

	LiaisonController(LiaisonManagement liaisons, InstitutionManagement institutions) {
		this.liaisons = liaisons;
		this.institutions = institutions;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "INSTITUTION");
		model.addAttribute("channels", LiaisonChannel.values());
	}

	@GetMapping("/follow-ups")
	String listOpenFollowUps(Model model) {
		model.addAttribute("followUps", liaisons.openFollowUps());
		return "institution/follow-ups";
	}

	@GetMapping("/{id}/liaisons/new")
	String initCreationForm(@PathVariable UUID id, Model model) {
		InstitutionDetails institution = institutions.get(id);
		if (!liaisons.mayLiaiseIn(institution.regionName())) {
			throw new AccessDeniedException("No liaison log in this 圏域");
		}
		model.addAttribute("liaisonForm", LiaisonForm.blank());
		return showForm(model, institution, null);
	}

	@PostMapping("/{id}/liaisons/new")
	String processCreationForm(@PathVariable UUID id, @Validated @ModelAttribute("liaisonForm") LiaisonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, institutions.get(id), null);
		}
		try {
			liaisons.record(id, form.toInput());
		}
		catch (InvalidInstitutionException invalid) {
			result.rejectValue(invalid.getField(), invalid.getMessageKey());
			return showForm(model, institutions.get(id), null);
		}
		redirect.addFlashAttribute("flash", "institution.liaison.created");
		return "redirect:/institutions/" + id + "#liaisons";
	}

	@GetMapping("/{id}/liaisons/{liaisonId}/edit")
	String initUpdateForm(@PathVariable UUID id, @PathVariable UUID liaisonId, Model model) {
		model.addAttribute("liaisonForm", LiaisonForm.of(liaisons.get(liaisonId)));
		return showForm(model, institutions.get(id), liaisonId);
	}

	@PostMapping("/{id}/liaisons/{liaisonId}/edit")
	String processUpdateForm(@PathVariable UUID id, @PathVariable UUID liaisonId,
			@Validated @ModelAttribute("liaisonForm") LiaisonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, institutions.get(id), liaisonId);
		}
		try {
			liaisons.update(liaisonId, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException stale) {
			StaleEdits.reapply(model, form, LiaisonForm.of(liaisons.get(liaisonId)), "institution.liaison");
			return showForm(model, institutions.get(id), liaisonId);
		}
		catch (InvalidInstitutionException invalid) {
			result.rejectValue(invalid.getField(), invalid.getMessageKey());
			return showForm(model, institutions.get(id), liaisonId);
		}
		redirect.addFlashAttribute("flash", "institution.liaison.updated");
		return "redirect:/institutions/" + id + "#liaisons";
	}

	@PostMapping("/{id}/liaisons/{liaisonId}/done")
	String completeFollowUp(@PathVariable UUID id, @PathVariable UUID liaisonId, @RequestParam long version,
			@RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
		try {
			liaisons.completeFollowUp(liaisonId, version);
			redirect.addFlashAttribute("flash", "institution.liaison.done");
		}
		catch (StaleRecordException | IllegalStateException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		return "follow-ups".equals(back) ? "redirect:/institutions/follow-ups"
				: "redirect:/institutions/" + id + "#liaisons";
	}

	private String showForm(Model model, InstitutionDetails institution, @Nullable UUID liaisonId) {
		model.addAttribute("institution", institution);
		model.addAttribute("liaisonId", liaisonId);
		model.addAttribute("creating", liaisonId == null);
		return FORM;
	}
}

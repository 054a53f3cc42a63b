package org.tsunagu.registry.web;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ConsentManagement;
import org.tsunagu.registry.ConsentMethod;
import org.tsunagu.registry.ConsentPurpose;
import org.tsunagu.registry.InstitutionKind;
import org.tsunagu.shared.StaleRecordException;

import jakarta.validation.Valid;

/**
 * The consent tab of a child: what the family agreed to, recording a consent and withdrawing one.
 */
@Controller
@RequestMapping("/children/{id}/consents")
class ConsentController {

	private static final String LIST_VIEW = "registry/consents";

	private static final String FORM_VIEW = "registry/consent-form";

	private final ChildManagement children;

	private final ConsentManagement consents;

	ConsentController(ChildManagement children, ConsentManagement consents) {
		this.children = children;
		this.consents = consents;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "REGISTRY";
	}

	@GetMapping
	String listConsents(@PathVariable UUID id, Model model) {
		return showList(id, null, new WithdrawalForm(), model);
	}

	@GetMapping("/new")
	String initCreationForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new ConsentForm());
		return showForm(id, model);
	}

	@PostMapping("/new")
	String processCreationForm(@PathVariable UUID id, @Valid @ModelAttribute("form") ConsentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			form.validate(result);
		}
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		consents.record(id, form.toInput());
		redirect.addFlashAttribute("flash", "registry.consent.saved");
		return "redirect:/children/" + id + "/consents";
	}

	@PostMapping("/{consentId}/withdraw")
	String processWithdrawal(@PathVariable UUID id, @PathVariable UUID consentId,
			@Valid @ModelAttribute("withdrawal") WithdrawalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showList(id, consentId, form, model);
		}
		try {
			consents.withdraw(id, consentId, form.getVersion(), Objects.requireNonNull(form.getWithdrawnOn()),
					form.getReason());
		}
		catch (StaleRecordException | OptimisticLockingFailureException exception) {
			// Never overwrite: show the consents as they are now, so staff can decide again.
			model.addAttribute("flashError", "form.conflict");
			return showList(id, null, new WithdrawalForm(), model);
		}
		catch (IllegalStateException exception) {
			model.addAttribute("flashError", "registry.consent.alreadyWithdrawn");
			return showList(id, null, new WithdrawalForm(), model);
		}
		redirect.addFlashAttribute("flash", "registry.consent.withdrawn");
		return "redirect:/children/" + id + "/consents";
	}

	private String showList(UUID id, @Nullable UUID openWithdrawal, WithdrawalForm withdrawal, Model model) {
		model.addAttribute("child", children.get(id));
		model.addAttribute("consents", consents.consents(id));
		model.addAttribute("withdrawal", withdrawal);
		model.addAttribute("openWithdrawal", openWithdrawal);
		return LIST_VIEW;
	}

	private String showForm(UUID id, Model model) {
		model.addAttribute("child", children.get(id));
		model.addAttribute("purposes", ConsentPurpose.values());
		model.addAttribute("methods", ConsentMethod.values());
		model.addAttribute("kinds", InstitutionKind.values());
		return FORM_VIEW;
	}
}

package org.tsunagu.registry.web;

import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
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
import org.tsunagu.registry.EmergencyInfoManagement;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

import jakarta.validation.Valid;

/**
 * The emergency tab of a child: the emergency information, its edit form and the 緊急時情報シート download.
 */
@Controller
@RequestMapping("/children/{id}")
class EmergencyController {

	private static final String FORM_VIEW = "registry/emergency-form";

	private final ChildManagement children;

	private final EmergencyInfoManagement emergency;

	EmergencyController(ChildManagement children, EmergencyInfoManagement emergency) {
		this.children = children;
		this.emergency = emergency;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "REGISTRY";
	}

	@GetMapping("/emergency")
	String showEmergencyInfo(@PathVariable UUID id, Model model) {
		model.addAttribute("child", children.get(id));
		model.addAttribute("info", emergency.emergencyInfo(id));
		return "registry/emergency";
	}

	@GetMapping("/emergency/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		model.addAttribute("child", children.get(id));
		model.addAttribute("form", EmergencyInfoForm.of(emergency.emergencyInfo(id)));
		return FORM_VIEW;
	}

	@PostMapping("/emergency/edit")
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") EmergencyInfoForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("child", children.get(id));
			return FORM_VIEW;
		}
		try {
			emergency.update(id, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException | OptimisticLockingFailureException | DataIntegrityViolationException exception) {
			// A colleague saved first (or created the first entry at the same time): show theirs, keep nothing.
			model.addAttribute("child", children.get(id));
			model.addAttribute("form", EmergencyInfoForm.of(emergency.emergencyInfo(id)));
			model.addAttribute("flashError", "form.conflict");
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("flash", "registry.emergency.saved");
		return "redirect:/children/" + id + "/emergency";
	}

	@RecentAuthenticationRequired
	@GetMapping("/emergency-sheet.pdf")
	ResponseEntity<byte[]> downloadEmergencySheet(@PathVariable UUID id) {
		return EmergencySheetResponses.attachment(emergency.printSheet(id));
	}
}

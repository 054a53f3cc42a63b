package org.tsunagu.registry.web;

import java.util.Objects;
import java.util.UUID;

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
import org.tsunagu.registry.EmergencyAccessManagement;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

import jakarta.validation.Valid;

/**
 * 緊急時アクセス: find a child outside one's scope by フリガナ and birth date, state a reason, and see the
 * child's emergency information (and print the sheet) for a limited time.
 */
@Controller
@RequestMapping("/children")
class EmergencyAccessController {

	private static final String SEARCH_VIEW = "registry/emergency-access-search";

	private static final String REASON_VIEW = "registry/emergency-access-form";

	private final EmergencyAccessManagement accesses;

	EmergencyAccessController(EmergencyAccessManagement accesses) {
		this.accesses = accesses;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "REGISTRY";
	}

	@GetMapping(path = "/emergency-access", params = "!birthDate")
	String initSearchForm(Model model) {
		// A first visit shows the empty form, not three "required" errors.
		model.addAttribute("form", new EmergencyAccessSearchForm());
		return SEARCH_VIEW;
	}

	@GetMapping(path = "/emergency-access", params = "birthDate")
	String searchChildren(@Valid @ModelAttribute("form") EmergencyAccessSearchForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			model.addAttribute("candidates", accesses.findCandidates(form.getFamilyNameKana(),
					form.getGivenNameKana(), Objects.requireNonNull(form.getBirthDate())));
		}
		return SEARCH_VIEW;
	}

	@GetMapping("/{id}/emergency-access")
	String showEmergencyAccess(@PathVariable UUID id, Model model) {
		if (accesses.openGrant(id).isEmpty()) {
			model.addAttribute("form", new EmergencyAccessForm());
			model.addAttribute("childId", id);
			return REASON_VIEW;
		}
		model.addAttribute("view", accesses.emergencyInfo(id));
		return "registry/emergency-access";
	}

	@PostMapping("/{id}/emergency-access")
	String processEmergencyAccess(@PathVariable UUID id, @Valid @ModelAttribute("form") EmergencyAccessForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("childId", id);
			return REASON_VIEW;
		}
		accesses.grant(id, form.getReason());
		redirect.addFlashAttribute("flash", "registry.emergencyAccess.granted");
		return "redirect:/children/" + id + "/emergency-access";
	}

	@GetMapping("/{id}/emergency-access/sheet.pdf")
	@RecentAuthenticationRequired
	ResponseEntity<byte[]> downloadEmergencySheet(@PathVariable UUID id) {
		return EmergencySheetResponses.attachment(accesses.printSheet(id));
	}
}

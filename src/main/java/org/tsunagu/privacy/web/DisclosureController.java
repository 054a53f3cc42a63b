package org.tsunagu.privacy.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tsunagu.privacy.ChildDisclosure;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

/**
 * The センター長's page for a disclosure request about one child: what the system holds, who viewed it, and
 * the PDF and JSON downloads.
 */
@Controller
@RequestMapping("/privacy/children/{id}")
class DisclosureController {

	private final ChildDisclosure disclosures;

	DisclosureController(ChildDisclosure disclosures) {
		this.disclosures = disclosures;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "REGISTRY";
	}

	@GetMapping
	String showDisclosure(@PathVariable UUID id, Model model) {
		model.addAttribute("disclosure", disclosures.disclose(id));
		return "privacy/disclosure";
	}

	@GetMapping("/disclosure.pdf")
	@RecentAuthenticationRequired
	ResponseEntity<byte[]> downloadPdf(@PathVariable UUID id) {
		return DisclosureResponses.attachment(disclosures.exportPdf(id));
	}

	@GetMapping("/disclosure.json")
	@RecentAuthenticationRequired
	ResponseEntity<byte[]> downloadJson(@PathVariable UUID id) {
		return DisclosureResponses.attachment(disclosures.exportJson(id));
	}
}

package org.tsunagu.registry.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.registry.EmergencyInfoManagement;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

/**
 * The 緊急時情報シート through the API: each call prints and records a new version, as the page does.
 */
@RestController
@RequestMapping("/api/v1/children/{id}")
class EmergencySheetApiController {

	private final EmergencyInfoManagement emergency;

	EmergencySheetApiController(EmergencyInfoManagement emergency) {
		this.emergency = emergency;
	}

	@RecentAuthenticationRequired
	@GetMapping("/emergency-sheet.pdf")
	ResponseEntity<byte[]> emergencySheet(@PathVariable UUID id) {
		return EmergencySheetResponses.attachment(emergency.printSheet(id));
	}
}

package org.tsunagu.registry.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.registry.EmergencyAccessGrant;
import org.tsunagu.registry.EmergencyAccessManagement;
import org.tsunagu.registry.EmergencyAccessView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 緊急時アクセス API: the same rules as the page — a reason is required, the access lasts a limited time and
 * shows only the emergency information; everything is audited.
 */
@RestController
@RequestMapping("/api/v1/children/{id}/emergency-access")
@Tag(name = "緊急時アクセス", description = "担当外の児童の緊急時情報の閲覧（理由必須・時間制限・監査）")
class EmergencyAccessApiController {

	private final EmergencyAccessManagement accesses;

	EmergencyAccessApiController(EmergencyAccessManagement accesses) {
		this.accesses = accesses;
	}

	@PostMapping
	@Operation(summary = "緊急時アクセスの開始（理由必須）")
	ResponseEntity<EmergencyAccessGrant> grantAccess(@PathVariable UUID id,
			@Validated @RequestBody EmergencyAccessForm form) {
		EmergencyAccessGrant grant = accesses.grant(id, form.getReason());
		return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/emergency-access")).body(grant);
	}

	@GetMapping
	@Operation(summary = "緊急時アクセス中の緊急時情報（アクセスがなければ 403）")
	EmergencyAccessView showEmergencyInfo(@PathVariable UUID id) {
		return accesses.emergencyInfo(id);
	}
}

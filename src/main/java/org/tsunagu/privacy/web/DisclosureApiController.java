package org.tsunagu.privacy.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.privacy.AccessLogEntry;
import org.tsunagu.privacy.ChildDisclosure;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 開示請求 API (センター長 only): the child's disclosure as JSON and the 閲覧記録.
 */
@RestController
@RequestMapping("/api/v1/privacy/children/{id}")
@Tag(name = "個人情報の開示", description = "児童について保有する情報の開示と閲覧記録（センター長のみ・監査）")
class DisclosureApiController {

	private final ChildDisclosure disclosures;

	DisclosureApiController(ChildDisclosure disclosures) {
		this.disclosures = disclosures;
	}

	@GetMapping("/disclosure")
	@RecentAuthenticationRequired
	@Operation(summary = "児童について保有するすべての情報（JSON、出力は監査ログに記録）")
	ResponseEntity<byte[]> exportDisclosure(@PathVariable UUID id) {
		return DisclosureResponses.attachment(disclosures.exportJson(id));
	}

	@GetMapping("/access-log")
	@Operation(summary = "閲覧記録：誰がいつ閲覧・変更したか")
	List<AccessLogEntry> showAccessLog(@PathVariable UUID id) {
		return disclosures.accessLog(id);
	}
}

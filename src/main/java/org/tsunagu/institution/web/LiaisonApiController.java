package org.tsunagu.institution.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.institution.LiaisonManagement;
import org.tsunagu.institution.LiaisonView;
import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 連携記録 API: an institution's liaison log, with ETag and If-Match on changes. The body has the fields of the
 * liaison form.
 */
@RestController
@RequestMapping("/api/v1/institutions/{institutionId}/liaisons")
@Tag(name = "連携記録", description = "関係機関との連絡調整の記録と今後の対応")
class LiaisonApiController {

	private final LiaisonManagement liaisons;

	LiaisonApiController(LiaisonManagement liaisons) {
		this.liaisons = liaisons;
	}

	@GetMapping
	@Operation(summary = "関係機関の連携記録（新しい順）")
	List<LiaisonView> listLiaisons(@PathVariable UUID institutionId) {
		return liaisons.timeline(institutionId);
	}

	@PostMapping
	@Operation(summary = "連携記録の登録")
	ResponseEntity<LiaisonView> recordLiaison(@PathVariable UUID institutionId,
			@Validated @RequestBody LiaisonForm form) {
		UUID id = liaisons.record(institutionId, form.toInput());
		LiaisonView liaison = liaisons.get(id);
		return ResponseEntity.created(URI.create("/api/v1/institutions/" + institutionId + "/liaisons/" + id))
			.eTag(Versions.etag(liaison.version()))
			.body(liaison);
	}

	@GetMapping("/{liaisonId}")
	@Operation(summary = "連携記録1件（ETag 付き）")
	ResponseEntity<LiaisonView> showLiaison(@PathVariable UUID institutionId, @PathVariable UUID liaisonId) {
		LiaisonView liaison = checked(institutionId, liaisons.get(liaisonId));
		return ResponseEntity.ok().eTag(Versions.etag(liaison.version())).body(liaison);
	}

	@PutMapping("/{liaisonId}")
	@Operation(summary = "連携記録の更新（If-Match 必須）")
	ResponseEntity<LiaisonView> updateLiaison(@PathVariable UUID institutionId, @PathVariable UUID liaisonId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Validated @RequestBody LiaisonForm form) {
		checked(institutionId, liaisons.get(liaisonId));
		liaisons.update(liaisonId, Versions.fromIfMatch(ifMatch), form.toInput());
		LiaisonView liaison = liaisons.get(liaisonId);
		return ResponseEntity.ok().eTag(Versions.etag(liaison.version())).body(liaison);
	}

	private static LiaisonView checked(UUID institutionId, LiaisonView liaison) {
		if (!liaison.institutionId().equals(institutionId)) {
			throw new org.tsunagu.shared.RecordNotFoundException("InstitutionLiaison", liaison.id());
		}
		return liaison;
	}
}

package org.tsunagu.registry.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.registry.DisasterPlanManagement;
import org.tsunagu.registry.DisasterPlanView;
import org.tsunagu.registry.PowerDependentChild;

import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 個別避難計画 API. The ETag is the plan's version ("-1" while there is none); a PUT needs If-Match with it
 * (428 without, 409 when stale).
 */
@RestController
@RequestMapping("/api/v1/children")
@Tag(name = "個別避難計画", description = "医療的ケア児の個別避難計画と電源依存児の一覧")
class DisasterPlanApiController {

	private final DisasterPlanManagement plans;

	DisasterPlanApiController(DisasterPlanManagement plans) {
		this.plans = plans;
	}

	@GetMapping("/{id}/disaster-plan")
	@Operation(summary = "児童の個別避難計画（ETag 付き、閲覧は監査ログに記録）")
	ResponseEntity<DisasterPlanView> showDisasterPlan(@PathVariable UUID id) {
		DisasterPlanView plan = plans.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(plan.version())).body(plan);
	}

	@PutMapping("/{id}/disaster-plan")
	@Operation(summary = "個別避難計画の作成・更新（If-Match 必須。未作成なら \"-1\"）")
	ResponseEntity<?> updateDisasterPlan(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Validated @RequestBody DisasterPlanForm form) {
		plans.save(id, Versions.fromIfMatch(ifMatch), form.toInput());
		DisasterPlanView plan = plans.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(plan.version())).body(plan);
	}

	@GetMapping("/power-dependent")
	@Operation(summary = "電源依存で避難計画が未作成・作成中・1年以上見直しなしの児童")
	List<PowerDependentChild> listPowerDependent(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String municipality) {
		return plans.powerDependent(region, municipality);
	}
}

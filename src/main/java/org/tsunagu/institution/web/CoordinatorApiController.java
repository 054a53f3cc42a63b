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
import org.tsunagu.institution.CoordinatorManagement;
import org.tsunagu.institution.CoordinatorView;
import org.tsunagu.institution.CoverageRow;
import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * コーディネーター API: the roster and its coverage. Role and 圏域 are checked by {@link CoordinatorManagement};
 * registering the same person twice answers with the entry already there (its Location is the same).
 */
@RestController
@RequestMapping("/api/v1/coordinators")
@Tag(name = "コーディネーター", description = "医療的ケア児等コーディネーターの名簿と配置状況")
class CoordinatorApiController {

	private final CoordinatorManagement coordinators;

	CoordinatorApiController(CoordinatorManagement coordinators) {
		this.coordinators = coordinators;
	}

	@GetMapping
	@Operation(summary = "コーディネーターの一覧（圏域・市町村・活動中のみ・氏名）")
	List<CoordinatorView> listCoordinators(CoordinatorFilterForm filter) {
		return coordinators.search(filter.toFilter());
	}

	@GetMapping("/coverage")
	@Operation(summary = "圏域・市町村ごとの活動中のコーディネーター数")
	List<CoverageRow> showCoverage() {
		return coordinators.coverage();
	}

	@GetMapping("/{id}")
	@Operation(summary = "コーディネーター1人（ETag 付き）")
	ResponseEntity<CoordinatorView> showCoordinator(@PathVariable UUID id) {
		CoordinatorView coordinator = coordinators.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(coordinator.version())).body(coordinator);
	}

	@PostMapping
	@Operation(summary = "コーディネーターの登録（同じ氏名・フリガナ・圏域なら既存のIDを返す）")
	ResponseEntity<CoordinatorView> registerCoordinator(@Validated @RequestBody CoordinatorForm form) {
		UUID id = coordinators.register(form.toInput());
		CoordinatorView coordinator = coordinators.get(id);
		return ResponseEntity.created(URI.create("/api/v1/coordinators/" + id))
			.eTag(Versions.etag(coordinator.version()))
			.body(coordinator);
	}

	@PutMapping("/{id}")
	@Operation(summary = "コーディネーターの更新（If-Match 必須）")
	ResponseEntity<CoordinatorView> updateCoordinator(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Validated @RequestBody CoordinatorForm form) {
		coordinators.update(id, Versions.fromIfMatch(ifMatch), form.toInput());
		CoordinatorView coordinator = coordinators.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(coordinator.version())).body(coordinator);
	}
}

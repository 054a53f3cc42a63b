package org.tsunagu.consultation.web;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import org.tsunagu.consultation.ConsultationDetails;
import org.tsunagu.consultation.ConsultationListItem;
import org.tsunagu.consultation.ConsultationManagement;

import org.tsunagu.shared.web.CappedPagedModel;
import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 相談支援 API: the same rules as the screens — 圏域 scope, audit, field validation — with ETag and If-Match
 * for optimistic locking (a stale write answers 409, a write without If-Match 428). The request body has the
 * fields of the intake form; {@code receivedAt} is local time in Japan ({@code 2026-04-01T09:30}).
 */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "相談支援", description = "相談の受付と記録")
class ConsultationApiController {

	private final ConsultationManagement consultations;

	ConsultationApiController(ConsultationManagement consultations) {
		this.consultations = consultations;
	}

	@GetMapping
	@Operation(summary = "相談の一覧（絞り込み・ページ送り、受付日時の新しい順）",
			description = "page.totalElements は最大 10,000 件まで数える（それより多いときは totalCapped が true）。"
					+ "10,000 件より先から始まるページは 400（urn:tsunagu:problem:page-beyond-cap）。条件で絞り込むこと。")
	CappedPagedModel<ConsultationListItem> listConsultations(ConsultationFilterForm filter,
			@PageableDefault(size = 50, sort = "receivedAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return new CappedPagedModel<>(consultations.search(filter.toFilter(), pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "相談1件（ETag 付き、閲覧は監査ログに記録）")
	ResponseEntity<ConsultationDetails> showConsultation(@PathVariable UUID id) {
		ConsultationDetails consultation = consultations.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(consultation.version())).body(consultation);
	}

	@PostMapping
	@Operation(summary = "相談の受付（201 と Location）")
	ResponseEntity<ConsultationDetails> recordConsultation(@Validated @RequestBody ConsultationForm form) {
		UUID id = consultations.record(form.toInput());
		ConsultationDetails consultation = consultations.get(id);
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + id))
			.eTag(Versions.etag(consultation.version()))
			.body(consultation);
	}

	@PutMapping("/{id}")
	@Operation(summary = "相談記録の更新（If-Match 必須）")
	ResponseEntity<?> updateConsultation(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Validated @RequestBody ConsultationForm form) {
		consultations.update(id, Versions.fromIfMatch(ifMatch), form.toInput());
		return current(id);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "相談を対応済みにする（If-Match 必須、対応済みなら 409）")
	ResponseEntity<?> closeConsultation(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		consultations.close(id, Versions.fromIfMatch(ifMatch));
		return current(id);
	}

	private ResponseEntity<ConsultationDetails> current(UUID id) {
		ConsultationDetails consultation = consultations.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(consultation.version())).body(consultation);
	}
}

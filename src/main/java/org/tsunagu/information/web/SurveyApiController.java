package org.tsunagu.information.web;

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
import org.tsunagu.information.RespondentStatus;
import org.tsunagu.information.SurveyDetails;
import org.tsunagu.information.SurveyManagement;
import org.tsunagu.information.SurveyResults;
import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 地域状況調査 API for staff of 情報発信 (roles checked in the service): surveys, the status board and the
 * totals by 圏域; writes with ETag and If-Match. Answer links are made on the screen only, where they are
 * shown once.
 */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "地域状況調査", description = "市町村への調査、回答状況、圏域別集計")
class SurveyApiController {

	private final SurveyManagement surveys;

	SurveyApiController(SurveyManagement surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	@Operation(summary = "調査の一覧（回答期限の新しい順）")
	List<SurveyDetails> listSurveys() {
		return surveys.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "調査1件（ETag 付き）")
	ResponseEntity<SurveyDetails> showSurvey(@PathVariable UUID id) {
		SurveyDetails survey = surveys.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(survey);
	}

	@PostMapping
	@Operation(summary = "調査の作成（準備中）")
	ResponseEntity<SurveyDetails> createSurvey(@Validated @RequestBody SurveyForm form) {
		UUID id = surveys.create(form.toInput());
		SurveyDetails survey = surveys.get(id);
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + id))
			.eTag(Versions.etag(survey.version()))
			.body(survey);
	}

	@PutMapping("/{id}")
	@Operation(summary = "準備中の調査の更新（If-Match 必須）")
	ResponseEntity<SurveyDetails> updateSurvey(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Validated @RequestBody SurveyForm form) {
		surveys.update(id, Versions.fromIfMatch(ifMatch), form.toInput());
		SurveyDetails survey = surveys.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(survey.version())).body(survey);
	}

	@GetMapping("/{id}/respondents")
	@Operation(summary = "回答状況（市町村ごと）")
	List<RespondentStatus> listRespondents(@PathVariable UUID id) {
		return surveys.board(id);
	}

	@GetMapping("/{id}/results")
	@Operation(summary = "圏域別の集計")
	SurveyResults showResults(@PathVariable UUID id) {
		return surveys.results(id);
	}
}

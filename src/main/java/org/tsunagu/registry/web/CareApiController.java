package org.tsunagu.registry.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tsunagu.registry.CareAssessmentManagement;
import org.tsunagu.registry.CareAssessmentView;
import org.tsunagu.registry.CareScore;
import org.tsunagu.registry.InvalidCareSelectionException;
import org.tsunagu.registry.web.CareApiRecords.CareAssessmentRequest;
import org.tsunagu.registry.web.CareApiRecords.CareScoreRequest;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The 医療的ケア判定スコア as JSON: a pure calculation, and a child's assessments (scope-checked, audited).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "医療的ケア判定スコア", description = "判定スコアの計算と児童ごとの判定履歴")
class CareApiController {

	private final CareAssessmentManagement care;

	private final MessageSource messages;

	CareApiController(CareAssessmentManagement care, MessageSource messages) {
		this.care = care;
		this.messages = messages;
	}

	@PostMapping("/care-score")
	@Operation(summary = "判定スコアと医療的ケア区分を計算する（保存しない）")
	@ApiResponse(responseCode = "400", description = "存在しない項目・見守りの段階")
	CareScore calculate(@Valid @RequestBody CareScoreRequest request) {
		return care.calculate(request.selections(), request.on() == null ? JapaneseDates.today() : request.on());
	}

	@GetMapping("/children/{childId}/care-assessments")
	@Operation(summary = "児童の判定スコアの履歴（新しい順）")
	List<CareAssessmentView> listAssessments(@PathVariable UUID childId) {
		return care.assessments(childId);
	}

	@GetMapping("/children/{childId}/care-assessments/{assessmentId}")
	@Operation(summary = "児童の判定スコア 1件")
	CareAssessmentView showAssessment(@PathVariable UUID childId, @PathVariable UUID assessmentId) {
		return care.assessments(childId)
			.stream()
			.filter(assessment -> assessment.id().equals(assessmentId))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("CareAssessment", assessmentId));
	}

	@PostMapping("/children/{childId}/care-assessments")
	@Operation(summary = "新しい判定を記録する（スコアはシステムが計算する。過去の判定は変更されない）")
	@ApiResponse(responseCode = "201", description = "記録した判定")
	ResponseEntity<CareAssessmentView> recordAssessment(@PathVariable UUID childId,
			@Valid @RequestBody CareAssessmentRequest request) {
		UUID id = care.record(childId, request.toInput());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
		CareAssessmentView created = care.assessments(childId)
			.stream()
			.filter(assessment -> assessment.id().equals(id))
			.findFirst()
			.orElse(null);
		return ResponseEntity.created(location).body(created);
	}

	@ExceptionHandler(InvalidCareSelectionException.class)
	ProblemDetail invalidSelection(InvalidCareSelectionException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
		problem.setTitle(messages.getMessage("registry.care.api.invalidItem", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:tsunagu:problem:invalid-care-item"));
		return problem;
	}
}

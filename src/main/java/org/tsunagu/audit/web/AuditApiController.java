package org.tsunagu.audit.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The audit log as JSON, for administrators' scripts (HTTP Basic) and tools.
 */
@RestController
@RequestMapping("/api/v1/admin/audit-entries")
@Tag(name = "監査ログ", description = "誰が、いつ、どこから、どの記録に何をしたか（システム管理者のみ）")
class AuditApiController {

	static final int MAX_PAGE_SIZE = 200;

	private final AuditQueries queries;

	private final MessageSource messages;

	AuditApiController(AuditQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "監査ログを検索する",
			description = "条件はすべて省略可能。日付は日本時間の日で、開始日・終了日とも当日を含む。"
					+ "並び順は occurredAt, actor, action（既定は occurredAt の新しい順）。"
					+ "totalElements は最大 10,000 件まで数える（それより多いときは totalCapped が true）。"
					+ "10,000 件より先から始まるページは 400（urn:tsunagu:problem:page-beyond-cap）。"
					+ "それより古い記録は条件（期間など）で絞り込むか、CSV 出力を使う。")
	@ApiResponse(responseCode = "200", description = "検索結果の1ページ")
	@ApiResponse(responseCode = "400", description = "開始日が終了日より後など、条件の誤り。10,000 件より先のページ")
	AuditEntryPage listAuditEntries(
			@Parameter(description = "利用者（部分一致）") @RequestParam(required = false) @Nullable String actor,
			@Parameter(description = "操作") @RequestParam(required = false) @Nullable AuditAction action,
			@Parameter(description = "対象の種類（完全一致）") @RequestParam(required = false) @Nullable String targetType,
			@Parameter(description = "対象ID（完全一致）") @RequestParam(required = false) @Nullable String targetId,
			@Parameter(description = "開始日（日本時間、当日を含む）") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "終了日（日本時間、当日を含む）") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@ParameterObject @PageableDefault(size = 50, sort = "occurredAt",
					direction = Sort.Direction.DESC) Pageable pageable) {
		if (!AuditSearch.isValidRange(from, to)) {
			throw invalidRange();
		}
		Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE),
				pageable.getSort());
		AuditSearch search = new AuditSearch(actor, action, targetType, targetId, from, to);
		return AuditEntryPage.of(queries.findEntries(search, page));
	}

	// The same shape as the shared handler gives to field errors: a validation problem with errors by field.
	private ErrorResponseException invalidRange() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("error.validation.title", null, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:tsunagu:problem:validation"));
		problem.setProperty("errors",
				Map.of("to", messages.getMessage("audit.search.dateRange", null, LocaleContextHolder.getLocale())));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}
}

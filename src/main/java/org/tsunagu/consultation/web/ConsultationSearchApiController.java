package org.tsunagu.consultation.web;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.consultation.CaseSearchHit;
import org.tsunagu.consultation.ConsultationSearch;
import org.tsunagu.consultation.ConsultationSearchHit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 全文検索 API: the search screen's words, filters and paging as JSON, with the same access rules (roles outside
 * the consultation area get 403, a health office only its own 圏域).
 */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "全文検索", description = "相談記録と相談ケースの全文検索（読み・かな・全角半角を区別しない）")
class ConsultationSearchApiController {

	private final ConsultationSearch search;

	ConsultationSearchApiController(ConsultationSearch search) {
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "相談の全文検索（q: 空白区切りの言葉、from/to/region/channel/topic/status/owner で絞り込み、order: RELEVANCE（関連度順、既定）または NEWEST（新しい順）、ページ送り）")
	PagedModel<ConsultationSearchHit> searchConsultations(ConsultationSearchForm filter,
			@PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(search.search(filter.toQuery(), pageable));
	}

	@GetMapping("/cases")
	@Operation(summary = "相談ケースの全文検索（件名・経過記録・相手先・対象児の氏名。q、from/to（開始日）、region、caseStatus、owner で絞り込み、order で並び順）")
	PagedModel<CaseSearchHit> searchCases(ConsultationSearchForm filter, @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(search.searchCases(filter.toCaseQuery(), pageable));
	}
}

package org.tsunagu.reference.web;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.reference.CareScoreItemView;
import org.tsunagu.reference.DepartmentView;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.RecordNotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 基準データ for scripts and other systems, read-only: the same data other modules read through
 * {@link ReferenceData}.
 */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "基準データ", description = "圏域・市町村・庁内連携会議の部局・医療的ケア判定スコア項目")
class ReferenceApiController {

	private final ReferenceData referenceData;

	private final MessageSource messages;

	ReferenceApiController(ReferenceData referenceData, MessageSource messages) {
		this.referenceData = referenceData;
		this.messages = messages;
	}

	@GetMapping("/regions")
	@Operation(summary = "障がい保健福祉圏域の一覧（表示順、廃止分を含む）")
	List<RegionView> regions() {
		return referenceData.regions(true);
	}

	@GetMapping("/municipalities")
	@Operation(summary = "市町村の一覧（コード順）。region を指定するとその圏域の市町村のみ")
	List<MunicipalityResource> municipalities(@RequestParam(required = false) @Nullable String region) {
		if (region != null && referenceData.region(region).isEmpty()) {
			throw new RecordNotFoundException("Region", region);
		}
		return referenceData.municipalities(region).stream().map(MunicipalityResource::of).toList();
	}

	@GetMapping("/municipalities/{code}")
	@Operation(summary = "地方公共団体コード（6桁・検査数字付き）で市町村を取得")
	MunicipalityResource municipality(@PathVariable String code) {
		if (!MunicipalityCode.isValid(code)) {
			throw invalidCode(code);
		}
		return referenceData.municipality(new MunicipalityCode(code))
			.map(MunicipalityResource::of)
			.orElseThrow(() -> new RecordNotFoundException("Municipality", code));
	}

	@GetMapping("/departments")
	@Operation(summary = "庁内連携会議の構成部局（別表の順、廃止分を含む）")
	List<DepartmentView> departments() {
		return referenceData.departments(true);
	}

	@GetMapping("/care-score-items")
	@Operation(summary = "医療的ケア判定スコアの項目（基本スコアと見守りスコア、適用開始日）")
	List<CareScoreItemView> careScoreItems() {
		return referenceData.careScoreItems();
	}

	private ErrorResponseException invalidCode(String code) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("error.validation.title", null, LocaleContextHolder.getLocale()));
		problem.setDetail(messages.getMessage("reference.api.invalidCode", new Object[] { code },
				LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:tsunagu:problem:validation"));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}
}

package org.tsunagu.institution.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionListItem;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.institution.InstitutionTransfer;
import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 関係機関 API: the same rules as the screens, with ETag and If-Match for optimistic locking (a stale write
 * answers 409, a write without If-Match 428). The request body has the fields of the institution form.
 */
@RestController
@RequestMapping("/api/v1/institutions")
@Tag(name = "関係機関", description = "関係機関と社会資源（受け入れ可能な医療的ケア）")
class InstitutionApiController {

	private final InstitutionManagement institutions;

	private final InstitutionTransfer transfer;

	private final InstitutionChoices choices;

	private final MessageSource messages;

	InstitutionApiController(InstitutionManagement institutions, InstitutionTransfer transfer,
			InstitutionChoices choices, MessageSource messages) {
		this.institutions = institutions;
		this.transfer = transfer;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping("/hsds")
	@Operation(summary = "公開可の関係機関（Open Referral HSDS 形式の organization / service / location）")
	List<HsdsOrganization> listPublicDirectory(InstitutionFilterForm filter) {
		var categories = choices.careCategories();
		return transfer.publicDirectory(filter.toFilter())
			.stream()
			.map(institution -> HsdsOrganization.of(institution, categories, messages))
			.toList();
	}

	@GetMapping
	@Operation(summary = "関係機関の検索（圏域・市町村・分野・種別・受け入れる医療的ケア・名称）")
	PagedModel<InstitutionListItem> listInstitutions(InstitutionFilterForm filter,
			@PageableDefault(size = 50, sort = "kana", direction = Sort.Direction.ASC) Pageable pageable) {
		return new PagedModel<>(institutions.search(filter.toFilter(), pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "関係機関1件（ETag 付き）")
	ResponseEntity<InstitutionDetails> showInstitution(@PathVariable UUID id) {
		InstitutionDetails institution = institutions.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(institution.version())).body(institution);
	}

	@PostMapping
	@Operation(summary = "関係機関の登録")
	ResponseEntity<InstitutionDetails> registerInstitution(@Validated @RequestBody InstitutionForm form) {
		UUID id = institutions.register(InstitutionForms.toInput(form));
		InstitutionDetails institution = institutions.get(id);
		return ResponseEntity.created(URI.create("/api/v1/institutions/" + id))
			.eTag(Versions.etag(institution.version()))
			.body(institution);
	}

	@PutMapping("/{id}")
	@Operation(summary = "関係機関の更新（If-Match 必須）")
	ResponseEntity<InstitutionDetails> updateInstitution(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Validated @RequestBody InstitutionForm form) {
		institutions.update(id, Versions.fromIfMatch(ifMatch), InstitutionForms.toInput(form));
		InstitutionDetails institution = institutions.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(institution.version())).body(institution);
	}
}

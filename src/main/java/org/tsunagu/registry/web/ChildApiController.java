package org.tsunagu.registry.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.ChildManagement;

import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 児童台帳 API: the same rules as the screens — scope, consent, audit, field validation — with ETag and
 * If-Match for optimistic locking (a stale write answers 409, a write without If-Match 428).
 * The request body has the fields of the child form.
 */
@RestController
@RequestMapping("/api/v1/children")
@Tag(name = "児童台帳", description = "医療的ケア児等の台帳")
class ChildApiController {

	private final ChildManagement children;

	ChildApiController(ChildManagement children) {
		this.children = children;
	}

	@GetMapping
	@Operation(summary = "児童の一覧（絞り込み・ページ送り）")
	PagedModel<ChildListItem> listChildren(ChildFilterForm filter,
			@PageableDefault(size = 50, sort = "familyNameKana", direction = Sort.Direction.ASC) Pageable pageable) {
		return new PagedModel<>(children.search(filter.toFilter(), pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "児童1人の記録（ETag 付き、閲覧は監査ログに記録）")
	ResponseEntity<ChildDetails> showChild(@PathVariable UUID id) {
		ChildDetails child = children.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(child.version())).body(child);
	}

	@PostMapping
	@Operation(summary = "児童の登録（重複の可能性があれば 409。確認済みなら duplicateChecked=true）")
	ResponseEntity<?> registerChild(@Validated @RequestBody ChildForm form) {
		List<ChildListItem> duplicates = children.findPossibleDuplicates(form.toInput());
		if (!duplicates.isEmpty() && !form.isDuplicateChecked()) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
			problem.setTitle("同じ児童が登録されている可能性があります");
			problem.setType(URI.create("urn:tsunagu:problem:possible-duplicate"));
			problem.setProperty("duplicates", duplicates.stream().map(ChildListItem::id).toList());
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		UUID id = children.register(form.toInput());
		return ResponseEntity.created(URI.create("/api/v1/children/" + id)).body(children.get(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "児童の記録の更新（If-Match 必須）")
	ResponseEntity<?> updateChild(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Validated @RequestBody ChildForm form) {
		children.update(id, Versions.fromIfMatch(ifMatch), form.toInput());
		ChildDetails child = children.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(child.version())).body(child);
	}
}

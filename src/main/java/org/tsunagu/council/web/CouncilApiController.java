package org.tsunagu.council.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.council.CouncilDetails;
import org.tsunagu.council.CouncilManagement;
import org.tsunagu.council.CouncilSummary;
import org.tsunagu.council.IssueInput;
import org.tsunagu.council.MemberView;
import org.tsunagu.council.RegionalIssueView;
import org.tsunagu.council.ActionManagement;
import org.tsunagu.council.TopicCoverage;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 会議体 API: councils with their 会議事項 and members, the 年度 coverage, 地域課題. Same rules as the screens.
 */
@RestController
@RequestMapping("/api/v1/councils")
@Tag(name = "会議", description = "連携推進会議（全県・圏域）と庁内連携会議")
class CouncilApiController {

	private final CouncilManagement councils;

	private final ActionManagement actions;

	CouncilApiController(CouncilManagement councils, ActionManagement actions) {
		this.councils = councils;
		this.actions = actions;
	}

	@GetMapping
	@Operation(summary = "閲覧できる会議体の一覧")
	List<CouncilSummary> listCouncils() {
		return councils.councils();
	}

	@GetMapping("/{id}")
	@Operation(summary = "会議体1件（会議事項・構成員の履歴、ETag 付き）")
	ResponseEntity<CouncilDetails> showCouncil(@PathVariable UUID id) {
		CouncilDetails council = councils.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(council.version())).body(council);
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "指定日時点の構成員（省略時は今日）")
	List<MemberView> listMembers(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
		return councils.membersOn(id, on == null ? JapaneseDates.today() : on);
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "構成員の追加")
	ResponseEntity<MemberView> addMember(@PathVariable UUID id, @Validated @RequestBody MemberForm form) {
		UUID memberId = councils.addMember(id, form.toInput());
		MemberView member = councils.get(id).members().stream().filter(m -> m.id().equals(memberId)).findFirst()
			.orElseThrow();
		return ResponseEntity.status(201).eTag(Versions.etag(member.version())).body(member);
	}

	@GetMapping("/{id}/coverage")
	@Operation(summary = "年度の会議事項ごとの議題数（未対応の会議事項がわかる）")
	List<TopicCoverage> showCoverage(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year) {
		return councils.coverage(id, year == null ? CouncilController.fiscalYear(JapaneseDates.today()) : year);
	}

	@GetMapping("/{id}/issues")
	@Operation(summary = "地域課題（圏域会議：提起したもの、全県会議：すべて）と県の回答")
	List<RegionalIssueView> listIssues(@PathVariable UUID id) {
		return actions.issuesOf(id);
	}

	@PostMapping("/{id}/issues")
	@Operation(summary = "圏域会議から地域課題を提起する")
	ResponseEntity<RegionalIssueView> raiseIssue(@PathVariable UUID id, @Validated @RequestBody IssueForm form) {
		UUID issueId = actions.raiseIssue(id, new IssueInput(form.getTitle(), form.getDescription()));
		RegionalIssueView issue = actions.issuesOf(id).stream().filter(i -> i.id().equals(issueId)).findFirst()
			.orElseThrow();
		return ResponseEntity.status(201).eTag(Versions.etag(issue.version())).body(issue);
	}
}

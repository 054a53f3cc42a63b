package org.tsunagu.consultation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.consultation.CaseApprovals;
import org.tsunagu.consultation.CaseDetails;
import org.tsunagu.consultation.CaseListItem;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ReferralManagement;
import org.tsunagu.consultation.ReferralView;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.shared.web.CappedPagedModel;
import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 相談ケース API: the same rules as the screens — role, 圏域 scope, audit — with ETag and If-Match on every step
 * that changes the case's state (428 without If-Match, 409 when stale or when the status does not allow the
 * step). Contacts, tasks and referrals are appended without If-Match.
 */
@RestController
@RequestMapping("/api/v1/cases")
@PreAuthorize(CaseApiController.CONSULTATION_AREA)
@Tag(name = "相談ケース", description = "継続支援のケース、対応記録、終結の承認、引継ぎ、紹介")
class CaseApiController {

	/**
	 * The URL rules cover {@code /api/v1/consultations/**} only; this path gets the same role rule of
	 * {@link org.tsunagu.identity.Area#CONSULTATION} here (the services check role and 圏域 again).
	 */
	static final String CONSULTATION_AREA = "principal.user().mayOpen(T(org.tsunagu.identity.Area).CONSULTATION)";

	private final CaseManagement cases;

	private final CaseApprovals approvals;

	private final ReferralManagement referrals;

	CaseApiController(CaseManagement cases, CaseApprovals approvals, ReferralManagement referrals) {
		this.cases = cases;
		this.approvals = approvals;
		this.referrals = referrals;
	}

	/** Opening a case from a consultation; the owner is the caller when {@code ownerId} is empty. */
	record OpenCase(@NotNull UUID consultationId, @Nullable UUID ownerId, @Nullable CasePriority priority,
			@Nullable LocalDate nextContactDue) {
	}

	/** A new priority and next-contact date. */
	record Plan(@NotNull CasePriority priority, @Nullable LocalDate nextContactDue) {
	}

	/** A move between 受付, 対応中 and 経過観察. */
	record StatusChange(@NotNull CaseStatus status) {
	}

	/** A new owner and the reason. */
	record Reassignment(@NotNull UUID ownerId, @NotNull @Size(min = 1, max = 1000) String reason) {
	}

	/** A comment (close, approval, return, reopen) and, for a hand-over, the receiving 圏域. */
	record Step(@Nullable @Size(max = 1000) String comment, @Nullable String region) {

		String text() {
			return comment == null ? "" : comment;
		}
	}

	/** A task. */
	record NewTask(@NotNull @Size(min = 1, max = 200) String title, @Nullable LocalDate dueOn) {
	}

	@GetMapping
	@Operation(summary = "相談ケースの一覧（絞り込み・ページ送り、次回連絡予定日の近い順）",
			description = "page.totalElements は最大 10,000 件まで数える（それより多いときは totalCapped が true）。"
					+ "10,000 件より先から始まるページは 400（urn:tsunagu:problem:page-beyond-cap）。条件で絞り込むこと。")
	CappedPagedModel<CaseListItem> listCases(CaseFilterForm filter,
			@PageableDefault(size = 50, sort = "nextContactDue", direction = Sort.Direction.ASC) Pageable pageable) {
		return new CappedPagedModel<>(cases.search(filter.toFilter(CurrentUsers.require().id()), pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "相談ケース1件（経過・タスク・資料の一覧、ETag 付き、閲覧は監査ログに記録）")
	ResponseEntity<CaseDetails> showCase(@PathVariable UUID id) {
		return current(id);
	}

	@PostMapping
	@Operation(summary = "相談をケースにする（201 と Location、すでにケースがあれば 409）")
	ResponseEntity<CaseDetails> openCase(@Validated @RequestBody OpenCase request) {
		UUID id = cases.open(request.consultationId(), request.ownerId(),
				request.priority() == null ? CasePriority.NORMAL : request.priority(), request.nextContactDue());
		CaseDetails details = cases.get(id);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id))
			.eTag(Versions.etag(details.version()))
			.body(details);
	}

	@PutMapping("/{id}/plan")
	@Operation(summary = "優先度と次回連絡予定日の変更（If-Match 必須）")
	ResponseEntity<CaseDetails> plan(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody Plan plan) {
		cases.plan(id, Versions.fromIfMatch(ifMatch), plan.priority(), plan.nextContactDue());
		return current(id);
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "状況の変更（受付・対応中・経過観察、If-Match 必須）")
	ResponseEntity<CaseDetails> changeStatus(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody StatusChange change) {
		cases.changeStatus(id, Versions.fromIfMatch(ifMatch), change.status());
		return current(id);
	}

	@PostMapping("/{id}/contacts")
	@Operation(summary = "対応記録の追加（受付のケースは対応中になる）")
	ResponseEntity<CaseDetails> recordContact(@PathVariable UUID id, @Validated @RequestBody ContactForm contact) {
		cases.recordContact(id, contact.toInput());
		return current(id);
	}

	@PostMapping("/{id}/tasks")
	@Operation(summary = "タスクの追加")
	ResponseEntity<CaseDetails> addTask(@PathVariable UUID id, @Validated @RequestBody NewTask task) {
		cases.addTask(id, task.title(), task.dueOn());
		return current(id);
	}

	@PostMapping("/{id}/reassign")
	@Operation(summary = "担当の変更（理由つき、If-Match 必須）")
	ResponseEntity<CaseDetails> reassign(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody Reassignment reassignment) {
		cases.reassign(id, Versions.fromIfMatch(ifMatch), reassignment.ownerId(), reassignment.reason());
		return current(id);
	}

	@PostMapping("/{id}/close-request")
	@Operation(summary = "終結の申請（承認が不要な設定ならそのまま終結、If-Match 必須）")
	ResponseEntity<CaseDetails> requestClose(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody Step step) {
		approvals.requestClose(id, Versions.fromIfMatch(ifMatch), step.text());
		return current(id);
	}

	@PostMapping("/{id}/close-approval")
	@Operation(summary = "終結の承認（センター長のみ、If-Match 必須）")
	ResponseEntity<CaseDetails> approveClose(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody Step step) {
		approvals.approveClose(id, Versions.fromIfMatch(ifMatch), step.text());
		return current(id);
	}

	@PostMapping("/{id}/close-return")
	@Operation(summary = "終結申請の差し戻し（センター長のみ、コメント必須、If-Match 必須）")
	ResponseEntity<CaseDetails> returnClose(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody Step step) {
		approvals.returnClose(id, Versions.fromIfMatch(ifMatch), step.text());
		return current(id);
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "終結したケースの再開（理由必須、If-Match 必須）")
	ResponseEntity<CaseDetails> reopen(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody Step step) {
		approvals.reopen(id, Versions.fromIfMatch(ifMatch), step.text());
		return current(id);
	}

	@PostMapping("/{id}/handover")
	@Operation(summary = "他圏域への引継ぎ依頼（region と理由、If-Match 必須）")
	ResponseEntity<CaseDetails> handOver(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody Step step) {
		approvals.handOver(id, Versions.fromIfMatch(ifMatch), step.region() == null ? "" : step.region(), step.text());
		return current(id);
	}

	@PostMapping("/{id}/handover-acceptance")
	@Operation(summary = "引継ぎの受入（引継ぎ先の圏域の利用者、If-Match 必須）")
	ResponseEntity<CaseDetails> acceptHandover(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody Step step) {
		approvals.acceptHandover(id, Versions.fromIfMatch(ifMatch), step.text());
		return current(id);
	}

	@PostMapping("/{id}/handover-return")
	@Operation(summary = "引継ぎの返却（コメント必須、If-Match 必須）")
	ResponseEntity<CaseDetails> returnHandover(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody Step step) {
		approvals.returnHandover(id, Versions.fromIfMatch(ifMatch), step.text());
		return current(id);
	}

	@GetMapping("/{id}/referrals")
	@Operation(summary = "ケースの紹介の一覧")
	List<ReferralView> listReferrals(@PathVariable UUID id) {
		return referrals.referralsOf(id);
	}

	@PostMapping("/{id}/referrals")
	@Operation(summary = "関係機関への紹介（台帳の児童は同意を確認、なければ consentConfirmed が必要）")
	ResponseEntity<ReferralView> refer(@PathVariable UUID id, @Validated @RequestBody ReferralForm referral) {
		UUID referralId = referrals.refer(id, referral.toInput());
		ReferralView view = referrals.referralsOf(id)
			.stream()
			.filter(candidate -> candidate.id().equals(referralId))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/referrals/" + referralId)).body(view);
	}

	private ResponseEntity<CaseDetails> current(UUID id) {
		CaseDetails details = cases.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(details.version())).body(details);
	}
}

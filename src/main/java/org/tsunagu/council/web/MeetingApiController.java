package org.tsunagu.council.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.council.AttendanceInput;
import org.tsunagu.council.MeetingDetails;
import org.tsunagu.council.MeetingManagement;
import org.tsunagu.council.MeetingSummary;
import org.tsunagu.council.PublishedSummary;
import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 開催 API: meetings with agenda, attendance and minutes status; writes need If-Match (stale → 409, missing
 * → 428). The notice PDF and the .ics invitation are downloads.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "会議の開催", description = "開催・議題・出欠・議事録")
class MeetingApiController {

	private final MeetingManagement meetings;

	MeetingApiController(MeetingManagement meetings) {
		this.meetings = meetings;
	}

	/** The step of the minutes to take. */
	enum MinutesStep {
		CHECK, APPROVE
	}

	/** Minutes text. */
	record MinutesBody(String minutes) {
	}

	@GetMapping
	@Operation(summary = "開催の一覧（会議体で絞り込み、新しい順）")
	List<MeetingSummary> listMeetings(@RequestParam(required = false) @Nullable UUID council) {
		return meetings.meetings(council);
	}

	@GetMapping("/published-summaries")
	@Operation(summary = "公開済みの開催概要")
	List<PublishedSummary> listPublishedSummaries() {
		return meetings.publishedSummaries();
	}

	@GetMapping("/{id}")
	@Operation(summary = "開催1件（議題・出欠・資料・議事録の状態、ETag 付き）")
	ResponseEntity<MeetingDetails> showMeeting(@PathVariable UUID id) {
		return withEtag(meetings.get(id));
	}

	@PostMapping
	@Operation(summary = "開催の予定（council に会議体の id）")
	ResponseEntity<MeetingDetails> scheduleMeeting(@RequestParam UUID council,
			@Validated @RequestBody MeetingForm form) {
		UUID id = meetings.schedule(council, form.toInput());
		MeetingDetails meeting = meetings.get(id);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id))
			.eTag(Versions.etag(meeting.version()))
			.body(meeting);
	}

	@PostMapping("/{id}/agenda")
	@Operation(summary = "議題の追加（If-Match 必須、会議事項のコードで分類）")
	ResponseEntity<MeetingDetails> addAgendaItem(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @Validated @RequestBody AgendaItemForm form) {
		meetings.addAgendaItem(id, Versions.fromIfMatch(ifMatch), form.toInput());
		return withEtag(meetings.get(id));
	}

	@PutMapping("/{id}/attendance")
	@Operation(summary = "出欠の記録（If-Match 必須）")
	ResponseEntity<MeetingDetails> recordAttendance(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @RequestBody List<AttendanceInput> attendance) {
		meetings.recordAttendance(id, Versions.fromIfMatch(ifMatch), attendance);
		return withEtag(meetings.get(id));
	}

	@PutMapping("/{id}/minutes")
	@Operation(summary = "議事録（下書き）の保存（If-Match 必須）")
	ResponseEntity<MeetingDetails> saveMinutes(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH,
			required = false) @Nullable String ifMatch, @RequestBody MinutesBody body) {
		meetings.saveMinutes(id, Versions.fromIfMatch(ifMatch), body.minutes());
		return withEtag(meetings.get(id));
	}

	@PostMapping("/{id}/minutes/{step}")
	@Operation(summary = "議事録を確認済み（check）・承認（approve）にする（If-Match 必須）")
	ResponseEntity<MeetingDetails> advanceMinutes(@PathVariable UUID id, @PathVariable String step,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = Versions.fromIfMatch(ifMatch);
		switch (step) {
			case "check" -> meetings.checkMinutes(id, version);
			case "approve" -> meetings.approveMinutes(id, version);
			default -> throw new IllegalArgumentException("Unknown step " + step);
		}
		return withEtag(meetings.get(id));
	}

	@GetMapping("/{id}/notice.pdf")
	@Operation(summary = "開催通知（PDF）")
	ResponseEntity<byte[]> downloadNotice(@PathVariable UUID id) {
		return Downloads.attachment(meetings.notice(id));
	}

	@GetMapping("/{id}/invitation.ics")
	@Operation(summary = "予定表の招待（iCalendar）")
	ResponseEntity<byte[]> downloadInvitation(@PathVariable UUID id) {
		return Downloads.attachment(meetings.invitation(id));
	}

	private static ResponseEntity<MeetingDetails> withEtag(MeetingDetails meeting) {
		return ResponseEntity.ok().eTag(Versions.etag(meeting.version())).body(meeting);
	}
}

package org.tsunagu.training.web;

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
import org.tsunagu.shared.web.Versions;
import org.tsunagu.training.ApplicationManagement;
import org.tsunagu.training.ApplicationView;
import org.tsunagu.training.AttendanceInput;
import org.tsunagu.training.AttendanceManagement;
import org.tsunagu.training.AttendanceSheet;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.CourseView;
import org.tsunagu.training.OfferingView;
import org.tsunagu.training.SessionView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 人材育成 API: courses, offerings, applicants and attendance, with the same role and 圏域 rules as the screens.
 * Course changes use ETag/If-Match; attendance rows carry each application's version.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "人材育成", description = "研修・受講申込・出欠")
class TrainingApiController {

	private final CourseManagement courses;

	private final ApplicationManagement applications;

	private final AttendanceManagement attendance;

	TrainingApiController(CourseManagement courses, ApplicationManagement applications,
			AttendanceManagement attendance) {
		this.courses = courses;
		this.applications = applications;
		this.attendance = attendance;
	}

	@GetMapping("/courses")
	@Operation(summary = "研修（コース）の一覧")
	List<CourseView> listCourses() {
		return courses.courses();
	}

	@GetMapping("/courses/{id}")
	@Operation(summary = "研修1件（ETag 付き）")
	ResponseEntity<CourseView> showCourse(@PathVariable UUID id) {
		CourseView course = courses.course(id);
		return ResponseEntity.ok().eTag(Versions.etag(course.version())).body(course);
	}

	@PostMapping("/courses")
	@Operation(summary = "研修の登録（センター職員、201 と Location）")
	ResponseEntity<CourseView> createCourse(@Validated @RequestBody CourseForm form) {
		UUID id = courses.createCourse(form.toInput());
		CourseView course = courses.course(id);
		return ResponseEntity.created(URI.create("/api/v1/courses/" + id))
			.eTag(Versions.etag(course.version()))
			.body(course);
	}

	@PutMapping("/courses/{id}")
	@Operation(summary = "研修の更新（If-Match 必須）")
	ResponseEntity<CourseView> updateCourse(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Validated @RequestBody CourseForm form) {
		courses.updateCourse(id, Versions.fromIfMatch(ifMatch), form.toInput());
		return showCourse(id);
	}

	@GetMapping("/offerings")
	@Operation(summary = "開催（年度ごと）の一覧、year を省くと全年度")
	List<OfferingView> listOfferings(@RequestParam(name = "year", required = false) @Nullable Integer year) {
		return courses.offerings(year);
	}

	@GetMapping("/offerings/{id}")
	@Operation(summary = "開催1件と日程")
	ResponseEntity<OfferingView> showOffering(@PathVariable UUID id) {
		OfferingView offering = courses.offering(id);
		return ResponseEntity.ok().eTag(Versions.etag(offering.version())).body(offering);
	}

	@GetMapping("/offerings/{id}/applications")
	@Operation(summary = "開催の受講申込（センター職員、保健福祉事務所は自圏域のみ。閲覧は監査ログに記録）")
	List<ApplicationView> listApplications(@PathVariable UUID id) {
		return applications.applications(id);
	}

	@GetMapping("/offerings/{id}/attendance")
	@Operation(summary = "開催の出欠（日程ごと、センター職員）")
	List<AttendanceSheet> listAttendance(@PathVariable UUID id) {
		return courses.offering(id).sessions().stream().map(SessionView::id).map(attendance::sheet).toList();
	}

	@PutMapping("/offerings/{id}/attendance/{sessionId}")
	@Operation(summary = "日程の出欠を記録（各行に申込の version、古ければ 409）")
	AttendanceSheet recordAttendance(@PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestBody List<AttendanceInput> rows) {
		if (courses.offering(id).sessions().stream().noneMatch(session -> session.id().equals(sessionId))) {
			throw new IllegalArgumentException("Session " + sessionId + " is not part of offering " + id);
		}
		attendance.record(sessionId, rows);
		return attendance.sheet(sessionId);
	}
}

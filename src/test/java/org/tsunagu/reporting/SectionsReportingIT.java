package org.tsunagu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tsunagu.consultation.DispatchManagement;
import org.tsunagu.council.ActionInput;
import org.tsunagu.council.ActionManagement;
import org.tsunagu.council.ActionStatus;
import org.tsunagu.council.ActionView;
import org.tsunagu.council.AgendaItemInput;
import org.tsunagu.council.CouncilManagement;
import org.tsunagu.council.CouncilSummary;
import org.tsunagu.council.MeetingInput;
import org.tsunagu.council.MeetingManagement;
import org.tsunagu.consultation.DispatchRequest;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.training.ApplicationInput;
import org.tsunagu.training.ApplicationManagement;
import org.tsunagu.training.ApplicationView;
import org.tsunagu.training.AttendanceInput;
import org.tsunagu.training.AttendanceManagement;
import org.tsunagu.training.AttendanceStatus;
import org.tsunagu.training.CourseInput;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.ModuleKind;
import org.tsunagu.training.OfferingInput;
import org.tsunagu.training.OrganisationKind;
import org.tsunagu.training.SessionInput;
import org.tsunagu.training.SessionView;
import org.tsunagu.registry.ChildRegistryIT.WithUser;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * The sections that read modules which landed after reporting (issue 10), on hand-counted fixtures. Other
 * suites share the database, so each figure is checked as the change the fixture makes.
 *
 * <p>Dispatches (年度 2025 = requested 2025-04-01 to 2026-03-31): 木曽 on 2025-04-01 (stays 依頼受付), 大北 on
 * 2025-04-15 (承認), 木曽 on 2026-03-31 (見送り); 木曽 on 2025-03-31 and 大北 on 2026-04-01 belong to other 年度.
 *
 * <p>Trainings: a course with an offering of 年度 2025 and three applicants — 松本 (accepted, present at every
 * session: completed), 長野 (only applied), 松本 (accepted, no attendance) — and a second course whose only
 * offering, with one 松本 applicant, is of 年度 2024.
 *
 * <p>Councils: the 木曽 council holds meetings on 2025-05-10 and 2025-11-01 (年度 2025, before its reference day
 * 2026-03-31) and 2026-04-02 (年度 2026); the first has three actions: one overdue, one due in 30 days and one
 * done.
 */
@DatabaseTest
class SectionsReportingIT {

	static final FiscalYear YEAR = new FiscalYear(2025);

	@Autowired
	Reports reports;

	@Autowired
	DispatchManagement dispatches;

	@Autowired
	CourseManagement courses;

	@Autowired
	CouncilManagement councils;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	ActionManagement actions;

	@Autowired
	ApplicationManagement applications;

	@Autowired
	AttendanceManagement attendance;

	@Test
	void countsSupervisorDispatchesOfTheYearAndAHealthOfficeSeesOnlyItsRegion() {
		Dashboard before = as(Role.CONSULTANT, null, () -> reports.dashboard(YEAR, null));
		Dashboard officeBefore = as(Role.HEALTH_OFFICE, "木曽", () -> reports.dashboard(YEAR, null));
		WithUser.run(Role.CONSULTANT, null, () -> {
			request(LocalDate.of(2025, 4, 1), "木曽");
			UUID approved = request(LocalDate.of(2025, 4, 15), "大北");
			UUID declined = request(LocalDate.of(2026, 3, 31), "木曽");
			request(LocalDate.of(2025, 3, 31), "木曽");
			request(LocalDate.of(2026, 4, 1), "大北");
			WithUser.run(Role.CENTER_DIRECTOR, null, () -> {
				dispatches.decide(approved, dispatches.get(approved).version(), true, null);
				dispatches.decide(declined, dispatches.get(declined).version(), false, "見本の理由");
			});
		});
		Dashboard after = as(Role.CONSULTANT, null, () -> reports.dashboard(YEAR, null));
		Dashboard officeAfter = as(Role.HEALTH_OFFICE, "木曽", () -> reports.dashboard(YEAR, null));

		assertThat(after.table("supervisor-dispatches").orElseThrow().available()).isTrue();
		assertThat(ReportingIT.change(before, after, "supervisor-dispatches"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("2025-04", 2L, "2026-03", 1L));
		assertThat(ReportingIT.change(before, after, "supervisor-dispatches-by-status"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("REQUESTED", 1L, "APPROVED", 1L, "DECLINED", 1L));
		assertThat(ReportingIT.change(before, after, "supervisor-dispatches-by-region"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("木曽", 2L, "大北", 1L));

		assertThat(ReportingIT.change(officeBefore, officeAfter, "supervisor-dispatches"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("2025-04", 1L, "2026-03", 1L));
		assertThat(ReportingIT.change(officeBefore, officeAfter, "supervisor-dispatches-by-status"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("REQUESTED", 1L, "DECLINED", 1L));
		assertThat(officeAfter.table("supervisor-dispatches-by-region").orElseThrow().rows())
			.extracting(StatRow::key).containsExactly("木曽");
	}

	@Test
	void countsTrainingApplicationsAndCompletionsByCourseAndRegion() {
		Dashboard before = as(Role.CONSULTANT, null, () -> reports.dashboard(YEAR, null));
		Dashboard officeBefore = as(Role.HEALTH_OFFICE, "松本", () -> reports.dashboard(YEAR, null));
		UUID[] course = new UUID[1];
		WithUser.run(Role.CLERK, null, () -> {
			course[0] = courses.createCourse(new CourseInput(CourseKind.SUPPORTER, "（試験）統計用支援者養成研修", null, null, null, 30));
			UUID offering = offering(course[0], 2025);
			applications.apply(offering, applicant("仮野 凛", "カリノ リン", "202029"));
			applications.apply(offering, applicant("模擬 大和", "モギ ヤマト", "202011"));
			applications.apply(offering, applicant("統計 結衣", "トウケイ ユイ", "202029"));
			accept(offering, "仮野 凛");
			accept(offering, "統計 結衣");
			for (SessionView session : courses.offering(offering).sessions()) {
				ApplicationView rin = find(offering, "仮野 凛");
				attendance.record(session.id(),
						List.of(new AttendanceInput(rin.id(), rin.version(), AttendanceStatus.PRESENT, 0, false)));
			}
			UUID other = courses.createCourse(new CourseInput(CourseKind.OWN, "（試験）統計用前年度研修", null, null, null, 30));
			applications.apply(offering(other, 2024), applicant("例田 湊", "レイダ ミナト", "202029"));
		});
		Dashboard after = as(Role.CONSULTANT, null, () -> reports.dashboard(YEAR, null));
		Dashboard officeAfter = as(Role.HEALTH_OFFICE, "松本", () -> reports.dashboard(YEAR, null));
		String key = course[0].toString();

		assertThat(after.table("training-applications").orElseThrow().available()).isTrue();
		assertThat(ReportingIT.change(before, after, "training-applications")).containsExactlyEntriesOf(Map.of(key, 3L));
		assertThat(ReportingIT.change(before, after, "training-completions")).containsExactlyEntriesOf(Map.of(key, 1L));
		assertThat(ReportingIT.change(before, after, "training-applications-by-region"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("松本", 2L, "長野", 1L));
		assertThat(ReportingIT.change(before, after, "training-completions-by-region"))
			.containsExactlyEntriesOf(Map.of("松本", 1L));
		assertThat(after.table("training-applications").orElseThrow().rows())
			.filteredOn(row -> row.key().equals(key))
			.extracting(StatRow::label)
			.containsExactly("（試験）統計用支援者養成研修");

		assertThat(ReportingIT.change(officeBefore, officeAfter, "training-applications"))
			.containsExactlyEntriesOf(Map.of(key, 2L));
		assertThat(ReportingIT.change(officeBefore, officeAfter, "training-applications-by-region"))
			.containsExactlyEntriesOf(Map.of("松本", 2L));
		assertThat(officeAfter.table("training-applications-by-region").orElseThrow().rows())
			.extracting(StatRow::key).containsExactly("松本");
	}

	@Test
	void countsCouncilMeetingsOfTheYearAndOpenAndOverdueActionsByCouncil() {
		Dashboard before = as(Role.CONSULTANT, null, () -> reports.dashboard(YEAR, null));
		Dashboard officeBefore = as(Role.HEALTH_OFFICE, "木曽", () -> reports.dashboard(YEAR, null));
		UUID kiso = as(Role.HEALTH_OFFICE, "木曽", () -> {
			UUID council = councils.councils()
				.stream()
				.filter(c -> "木曽".equals(c.regionName()))
				.map(CouncilSummary::id)
				.findFirst()
				.orElseThrow();
			UUID first = meetings.schedule(council, meeting(LocalDate.of(2025, 5, 10)));
			meetings.schedule(council, meeting(LocalDate.of(2025, 11, 1)));
			meetings.schedule(council, meeting(LocalDate.of(2026, 4, 2)));
			UUID item = meetings.addAgendaItem(first, meetings.get(first).version(),
					new AgendaItemInput("（試験）統計用の議題", "b", null));
			LocalDate today = JapaneseDates.today();
			actions.addAction(first, item, new ActionInput("（試験）遅れた取組", "見本機関", today.minusDays(3)));
			actions.addAction(first, item, new ActionInput("（試験）先の取組", "見本機関", today.plusDays(30)));
			UUID done = actions.addAction(first, item, new ActionInput("（試験）済んだ取組", "見本機関", today.minusDays(5)));
			ActionView view = actions.actionsOfMeeting(first).stream().filter(a -> a.id().equals(done)).findFirst().orElseThrow();
			actions.changeStatus(done, view.version(), ActionStatus.DONE);
			return council;
		});
		Dashboard after = as(Role.CONSULTANT, null, () -> reports.dashboard(YEAR, null));
		Dashboard officeAfter = as(Role.HEALTH_OFFICE, "木曽", () -> reports.dashboard(YEAR, null));
		Dashboard otherOffice = as(Role.HEALTH_OFFICE, "松本", () -> reports.dashboard(YEAR, null));
		String key = kiso.toString();

		assertThat(after.table("councils-held").orElseThrow().available()).isTrue();
		assertThat(ReportingIT.change(before, after, "councils-held")).containsExactlyEntriesOf(Map.of(key, 2L));
		assertThat(ReportingIT.columnChange(before, after, "council-open-actions", 0)).containsExactlyEntriesOf(Map.of(key, 2L));
		assertThat(ReportingIT.columnChange(before, after, "council-open-actions", 1)).containsExactlyEntriesOf(Map.of(key, 1L));
		assertThat(after.table("liaison-records").orElseThrow().available()).isFalse();

		assertThat(ReportingIT.change(officeBefore, officeAfter, "councils-held")).containsExactlyEntriesOf(Map.of(key, 2L));
		assertThat(officeAfter.table("councils-held").orElseThrow().rows()).extracting(StatRow::key).containsExactly(key);
		assertThat(otherOffice.table("councils-held").orElseThrow().rows()).extracting(StatRow::key).doesNotContain(key);
		assertThat(otherOffice.table("council-open-actions").orElseThrow().rows()).extracting(StatRow::key).doesNotContain(key);
	}

	private static MeetingInput meeting(LocalDate on) {
		return new MeetingInput("（試験）統計用の会議", on, LocalTime.of(14, 0), LocalTime.of(16, 0), "見本会議室", null);
	}

	private UUID offering(UUID course, int fiscalYear) {
		LocalDate today = JapaneseDates.today();
		UUID id = courses.createOffering(new OfferingInput(course, fiscalYear, "（試験）" + UUID.randomUUID(), 10,
				today.minusDays(1), today.plusDays(10), false, null, null));
		courses.addSession(id, courses.offering(id).version(), new SessionInput(today.plusDays(20), LocalTime.of(9, 30),
				LocalTime.of(12, 30), ModuleKind.LECTURE, "（試験）講義", 180, "見本会場", false));
		return id;
	}

	private void accept(UUID offering, String name) {
		ApplicationView application = find(offering, name);
		applications.accept(application.id(), application.version());
	}

	private ApplicationView find(UUID offering, String name) {
		return applications.applications(offering).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
	}

	private static ApplicationInput applicant(String name, String kana, String municipality) {
		return new ApplicationInput(name, kana, LocalDate.of(1988, 6, 1), "（架空）みほん相談支援事業所",
				OrganisationKind.CONSULTATION_SUPPORT, "相談支援専門員", municipality,
				UUID.randomUUID().toString().substring(0, 12) + "@example.invalid", null, null, null, null);
	}

	private UUID request(LocalDate on, String region) {
		return dispatches.request(new DispatchRequest(on, "見本訪問看護ステーション", "見本 担当", "見本町", region, null,
				"見本の相談", "随時"));
	}

	static <T> T as(Role role, String region, java.util.function.Supplier<T> action) {
		List<T> result = new ArrayList<>(1);
		WithUser.run(role, region, () -> result.add(action.get()));
		return result.get(0);
	}
}

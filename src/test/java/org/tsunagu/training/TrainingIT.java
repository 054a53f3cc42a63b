package org.tsunagu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Training on a real database (H2 and PostgreSQL): a public application, staff decisions with the wait
 * list, the coordinator course's prerequisite, attendance and the completion computed from it, the 修了証
 * with its number, the roster by 圏域 and the step to the coordinator roster.
 */
@DatabaseTest
@RecordApplicationEvents
class TrainingIT {

	@Autowired
	CourseManagement courses;

	@Autowired
	ApplicationManagement applications;

	@Autowired
	AttendanceManagement attendance;

	@Autowired
	RosterManagement roster;

	@Autowired
	ApplicationEvents events;

	private final LocalDate today = JapaneseDates.today();

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void aPublicApplicationGetsAReferenceNumberAndTheWaitListMovesUpOnCancellation() {
		UUID offering = offering(supporterCourse(), 1, false);

		ApplicationReceipt first = applications.apply(offering, applicant("見本 花子", "ミホン ハナコ", "202029"));
		ApplicationReceipt second = applications.apply(offering, applicant("試験 太郎", "シケン タロウ", "202011"));

		assertThat(first.referenceNumber()).matches("TR\\d{2}-[2-9A-Z]{6}");
		assertThat(events.stream(TrainingApplicationReceived.class)).hasSize(2);
		ApplicationView hanako = find(offering, "見本 花子");
		ApplicationView taro = find(offering, "試験 太郎");
		assertThat(hanako.regionName()).isEqualTo("松本");
		assertThat(hanako.status()).isEqualTo(ApplicationStatus.APPLIED);

		applications.accept(hanako.id(), hanako.version());
		assertThatThrownBy(() -> applications.accept(taro.id(), taro.version()))
			.isInstanceOf(IllegalStateException.class);
		applications.waitlist(taro.id(), find(offering, "試験 太郎").version());
		applications.cancel(hanako.id(), find(offering, "見本 花子").version(), "（架空）業務の都合");

		assertThat(find(offering, "試験 太郎").status()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(find(offering, "見本 花子").status()).isEqualTo(ApplicationStatus.CANCELLED);
		assertThat(events.stream(TrainingApplicationAccepted.class).map(TrainingApplicationAccepted::applicationId))
			.containsExactly(hanako.id(), taro.id());
		assertThat(second.referenceNumber()).isNotEqualTo(first.referenceNumber());
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void theCoordinatorCourseNeedsTheSupporterLecturePartOfTheSamePerson() {
		UUID supporter = supporterCourse();
		UUID coordinatorCourse = courses.createCourse(new CourseInput(CourseKind.COORDINATOR, "（試験）コーディネーター養成研修",
				null, CourseKind.SUPPORTER, PrerequisitePart.LECTURE_PART, 15));
		UUID coordinator = offering(coordinatorCourse, 10, true);
		ApplicationInput person = applicant("例田 湊", "レイダ ミナト", "202029");
		ApplicationInput recommended = withRecommendation(person);

		assertThatThrownBy(() -> applications.apply(coordinator, person)).isInstanceOf(ApplicationRefusedException.class)
			.extracting(refused -> ((ApplicationRefusedException) refused).reason())
			.isEqualTo(ApplicationRefusedException.Reason.RECOMMENDATION_MISSING);
		assertThatThrownBy(() -> applications.apply(coordinator, recommended))
			.isInstanceOf(ApplicationRefusedException.class)
			.extracting(refused -> ((ApplicationRefusedException) refused).reason())
			.isEqualTo(ApplicationRefusedException.Reason.PREREQUISITE_MISSING);

		UUID supporterOffering = offering(supporter, 10, false);
		applications.apply(supporterOffering, person);
		ApplicationView application = find(supporterOffering, "例田 湊");
		applications.accept(application.id(), application.version());
		OfferingView held = courses.offering(supporterOffering);
		SessionView lecture = held.sessions().stream().filter(s -> s.moduleKind() == ModuleKind.LECTURE).findFirst().orElseThrow();
		mark(supporterOffering, lecture.id(), "例田 湊", AttendanceStatus.PRESENT, 0, false);

		// The same person applies again, with the kana in hiragana and full-width spaces: still recognised.
		ApplicationInput again = withRecommendation(new ApplicationInput("例田　湊", "れいだ　みなと", person.birthDate(),
				person.organisation(), person.organisationKind(), person.job(), "202029", "other@example.invalid", null,
				null, null, null));
		assertThat(applications.apply(coordinator, again).referenceNumber()).isNotBlank();
		assertThat(find(coordinator, "例田　湊").personId()).isEqualTo(application.personId());
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void completionFollowsAttendanceAndTheCertificateCarriesNameAndNumber() throws IOException {
		UUID offering = offering(supporterCourse(), 10, false);
		applications.apply(offering, applicant("仮野 凛", "カリノ リン", "202029"));
		applications.apply(offering, applicant("模擬 大和", "モギ ヤマト", "202011"));
		for (String name : List.of("仮野 凛", "模擬 大和")) {
			ApplicationView application = find(offering, name);
			applications.accept(application.id(), application.version());
		}
		List<SessionView> sessions = courses.offering(offering).sessions();
		for (SessionView session : sessions) {
			mark(offering, session.id(), "仮野 凛", AttendanceStatus.PRESENT, 0, false);
			boolean exercise = session.moduleKind() == ModuleKind.EXERCISE;
			mark(offering, session.id(), "模擬 大和", exercise ? AttendanceStatus.PARTIAL : AttendanceStatus.PRESENT,
					exercise ? 45 : 0, false);
		}

		ApplicationView rin = find(offering, "仮野 凛");
		ApplicationView yamato = find(offering, "模擬 大和");
		assertThat(rin.completed()).isTrue();
		assertThat(rin.completedOn()).isEqualTo(sessions.get(sessions.size() - 1).heldOn());
		assertThat(yamato.completed()).as("45 minutes late in the exercise, not made up").isFalse();
		assertThat(yamato.lecturePartCompleted()).isTrue();

		assertThat(attendance.issueCertificates(offering)).isEqualTo(1);
		String number = find(offering, "仮野 凛").certificateNumber();
		assertThat(number).matches("TC\\d{4}-\\d{4}");
		PdfFile certificate = attendance.certificate(rin.id());
		try (PDDocument pdf = Loader.loadPDF(certificate.content())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("仮野 凛").contains(number).contains("修 了 証").contains("令和");
		}
		assertThat(attendance.verify(number).valid()).isTrue();
		assertThat(attendance.verify(number).course()).contains("支援者養成研修");
		assertThat(attendance.verify("TC1999-9999").valid()).isFalse();

		// Made up later: the late participant completes without anyone ticking a box.
		SessionView exercise = sessions.stream().filter(s -> s.moduleKind() == ModuleKind.EXERCISE).findFirst().orElseThrow();
		mark(offering, exercise.id(), "模擬 大和", AttendanceStatus.PARTIAL, 45, true);
		assertThat(find(offering, "模擬 大和").completed()).isTrue();
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void theRosterListsCompletionsByRegionAndACoordinatorGraduateCanJoinTheCoordinatorRoster() {
		UUID coordinatorCourse = courses.createCourse(new CourseInput(CourseKind.COORDINATOR, "（試験）名簿用コーディネーター研修",
				null, null, null, 15));
		UUID offering = offering(coordinatorCourse, 5, false);
		applications.apply(offering, applicant("空野 結衣", "ソラノ ユイ", "202029"));
		ApplicationView application = find(offering, "空野 結衣");
		applications.accept(application.id(), application.version());
		for (SessionView session : courses.offering(offering).sessions()) {
			mark(offering, session.id(), "空野 結衣", AttendanceStatus.PRESENT, 0, false);
		}

		var matsumoto = roster.roster(new RosterFilter("松本", null, CourseKind.COORDINATOR, null, "そらの"), Pageable.ofSize(20));
		assertThat(matsumoto.getContent()).extracting(RosterEntry::name).containsExactly("空野 結衣");
		assertThat(roster.roster(new RosterFilter("上小", null, CourseKind.COORDINATOR, null, "そらの"), Pageable.ofSize(20)))
			.isEmpty();

		roster.addToCoordinatorRoster(application.id(), find(offering, "空野 結衣").version());
		assertThat(events.stream(CoordinatorQualified.class)).singleElement()
			.satisfies(qualified -> assertThat(qualified.region()).isEqualTo("松本"));
		assertThatThrownBy(() -> roster.addToCoordinatorRoster(application.id(), find(offering, "空野 結衣").version()))
			.isInstanceOf(IllegalStateException.class);
		// Other suites sharing the database may have applied under the same fictional person; this offering's
		// completion is in the person's history once.
		assertThat(roster.person(application.personId()).entries())
			.filteredOn(entry -> entry.offeringId().equals(offering))
			.singleElement()
			.satisfies(entry -> assertThat(entry.completed()).isTrue());
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "上小")
	void aHealthOfficeSeesOnlyItsOwnRegionAndChangesNothing() {
		assertThat(roster.roster(RosterFilter.none(), Pageable.ofSize(100)).getContent())
			.allSatisfy(entry -> assertThat(entry.regionName()).isEqualTo("上小"));
		assertThatThrownBy(() -> courses.createCourse(new CourseInput(CourseKind.OWN, "（試験）", null, null, null, 0)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithTsunaguUser(role = Role.PREFECTURE)
	void prefectureStaffSeeCoursesButNoApplicants() {
		assertThat(courses.courses()).isNotNull();
		assertThatThrownBy(() -> roster.roster(RosterFilter.none(), Pageable.ofSize(10)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private UUID supporterCourse() {
		return courses.createCourse(new CourseInput(CourseKind.SUPPORTER, "（試験）医療的ケア児等支援者養成研修", null, null, null, 30));
	}

	private UUID offering(UUID course, int capacity, boolean recommendation) {
		UUID id = courses.createOffering(new OfferingInput(course, 2026, "（試験）" + UUID.randomUUID(), capacity,
				today.minusDays(1), today.plusDays(10), recommendation, null, null));
		courses.addSession(id, courses.offering(id).version(), new SessionInput(today.plusDays(20), LocalTime.of(9, 30),
				LocalTime.of(12, 30), ModuleKind.LECTURE, "（試験）講義", 180, "見本会場", false));
		courses.addSession(id, courses.offering(id).version(), new SessionInput(today.plusDays(21), LocalTime.of(9, 30),
				LocalTime.of(16, 30), ModuleKind.EXERCISE, "（試験）演習", 360, null, true));
		return id;
	}

	private void mark(UUID offering, UUID session, String name, AttendanceStatus status, int minutes, boolean madeUp) {
		ApplicationView application = find(offering, name);
		attendance.record(session, List.of(new AttendanceInput(application.id(), application.version(), status, minutes, madeUp)));
	}

	private ApplicationView find(UUID offering, String name) {
		return applications.applications(offering).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
	}

	static ApplicationInput applicant(String name, String kana, String municipality) {
		return new ApplicationInput(name, kana, LocalDate.of(1988, 6, 1), "（架空）みほん相談支援事業所",
				OrganisationKind.CONSULTATION_SUPPORT, "相談支援専門員", municipality,
				KanaSafe.email(kana), null, null, null, null);
	}

	private static ApplicationInput withRecommendation(ApplicationInput input) {
		return new ApplicationInput(input.name(), input.kana(), input.birthDate(), input.organisation(),
				input.organisationKind(), input.job(), input.municipalityCode(), input.email(), input.phone(),
				input.qualifications(), "（架空）松本市", input.prerequisiteNote());
	}

	/** A test e-mail per applicant, unique across runs on a shared database. */
	static final class KanaSafe {

		static String email(String kana) {
			return Integer.toHexString(kana.hashCode()) + "-" + UUID.randomUUID().toString().substring(0, 8)
					+ "@example.invalid";
		}
	}
}

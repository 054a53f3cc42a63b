package org.tsunagu.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.FictionalNames;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.training.ApplicationInput;
import org.tsunagu.training.AttendanceStatus;
import org.tsunagu.training.CourseInput;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.ModuleKind;
import org.tsunagu.training.OfferingInput;
import org.tsunagu.training.OrganisationKind;
import org.tsunagu.training.PrerequisitePart;
import org.tsunagu.training.SessionInput;

/**
 * Demo training: the four kinds of course; last 年度's supporter and coordinator courses held and completed
 * (certificates issued), this 年度's supporter course held, and a coordinator course and an own course taking
 * applications now, with fictional applicants on the wait list. Deterministic from the demo seed; created once.
 */
@Component
@Order(80)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoTrainings implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTrainings.class);

	private static final String[] JOBS = { "看護師", "相談支援専門員", "保育士", "教員", "保健師", "介護福祉士" };

	private final CourseRepository courses;

	private final OfferingRepository offerings;

	private final TrainingApplicationRepository applications;

	private final PersonRepository people;

	private final ReferenceData reference;

	private final long seed;

	private final LocalDate today = JapaneseDates.today();

	private int certificates;

	DemoTrainings(CourseRepository courses, OfferingRepository offerings, TrainingApplicationRepository applications,
			PersonRepository people, ReferenceData reference, @Value("${tsunagu.demo.seed}") long seed) {
		this.courses = courses;
		this.offerings = offerings;
		this.applications = applications;
		this.people = people;
		this.reference = reference;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<MunicipalityView> municipalities = reference.municipalities(null).stream().filter(m -> !m.retired()).toList();
		if (courses.count() > 0 || municipalities.isEmpty()) {
			return;
		}
		Random random = new Random(seed + 80);
		FictionalNames names = new FictionalNames(seed + 81);
		Course supporter = courses.save(new Course(new CourseInput(CourseKind.SUPPORTER, "医療的ケア児等支援者養成研修",
				"（見本）医療的ケア児等の支援に携わる方のための国のカリキュラムによる研修です。", null, null, 30)));
		Course coordinator = courses.save(new Course(new CourseInput(CourseKind.COORDINATOR, "医療的ケア児等コーディネーター養成研修",
				"（見本）支援を総合調整するコーディネーターを養成します。", CourseKind.SUPPORTER, PrerequisitePart.LECTURE_PART, 15)));
		courses.save(new Course(new CourseInput(CourseKind.FOLLOW_UP, "医療的ケア児等コーディネーター フォローアップ研修",
				"（見本）修了者の事例検討と情報交換。", CourseKind.COORDINATOR, PrerequisitePart.WHOLE_COURSE, 15)));
		Course own = courses.save(new Course(new CourseInput(CourseKind.OWN, "停電時の電源確保 実践研修（見本）",
				"（見本）人工呼吸器を使う子どもの停電対策。", null, null, 30)));

		int thisYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		List<ApplicationInput> lastYearGraduates = new ArrayList<>();
		Offering lastSupporter = offering(supporter, thisYear - 1, 30, LocalDate.of(thisYear - 1, 5, 1),
				twoDays(LocalDate.of(thisYear - 1, 7, 10)));
		held(lastSupporter, supporter, applicants(names, random, municipalities, 18), lastYearGraduates);
		Offering lastCoordinator = offering(coordinator, thisYear - 1, 15, LocalDate.of(thisYear - 1, 8, 1),
				twoDays(LocalDate.of(thisYear - 1, 10, 15)));
		held(lastCoordinator, coordinator, lastYearGraduates.subList(0, Math.min(10, lastYearGraduates.size())), null);
		Offering thisSupporter = offering(supporter, thisYear, 30, LocalDate.of(thisYear, 5, 1),
				twoDays(LocalDate.of(thisYear, 7, 9)));
		held(thisSupporter, supporter, applicants(names, random, municipalities, 16), null);
		Offering openCoordinator = open(coordinator, thisYear, 8, true, twoDays(today.plusDays(45)));
		waiting(openCoordinator, lastYearGraduates.subList(10, Math.min(18, lastYearGraduates.size())));
		Offering openOwn = open(own, thisYear, 20, false, List.of(session(today.plusDays(30), ModuleKind.EXERCISE,
				"（見本）停電時の電源確保の実習", LocalTime.of(13, 30), LocalTime.of(16, 30), false)));
		waiting(openOwn, applicants(names, random, municipalities, 5));
		log.info("Created demo training: {} offerings, {} applications, {} certificates", offerings.count(),
				applications.count(), certificates);
	}

	private Offering offering(Course course, int year, int capacity, LocalDate opens, List<SessionInput> sessions) {
		String title = "令和" + (year - 2018) + "年度 " + course.getTitle();
		Offering offering = new Offering(new OfferingInput(course.getId(), year, title, capacity, opens,
				opens.plusWeeks(6), false, "（見本）センター相談員、（架空）みほん小児科 医師", null));
		sessions.forEach(offering::addSession);
		return offerings.saveAndFlush(offering);
	}

	private Offering open(Course course, int year, int capacity, boolean recommendation, List<SessionInput> sessions) {
		Offering offering = new Offering(new OfferingInput(course.getId(), year,
				"令和" + (year - 2018) + "年度 " + course.getTitle(), capacity, today.minusDays(7), today.plusDays(21),
				recommendation, "（見本）センター看護師", "（見本）会場は長野県松本旭町庁舎です。"));
		sessions.forEach(offering::addSession);
		return offerings.saveAndFlush(offering);
	}

	/** An offering already held: everyone accepted and marked; one in five missed time, so not completed. */
	private void held(Offering offering, Course course, List<ApplicationInput> inputs,
			List<ApplicationInput> graduates) {
		List<CompletionRule.Slot> slots = TrainingViews.slots(offering);
		Instant decided = offering.getApplicationCloses().atStartOfDay(JapaneseDates.JST).toInstant();
		for (int i = 0; i < inputs.size(); i++) {
			TrainingApplication application = application(offering, inputs.get(i), decided.minusSeconds(86400L * (i + 1)));
			application.accept(decided);
			for (CompletionRule.Slot slot : slots) {
				boolean late = i % 5 == 4 && slot.kind() == ModuleKind.EXERCISE;
				application.recordAttendance(slot.sessionId(), late ? AttendanceStatus.PARTIAL : AttendanceStatus.PRESENT,
						late ? 60 : 0, false, course.completionRule(), slots, decided);
			}
			if (application.isCompleted()) {
				application.issueCertificate("TC" + offering.getFiscalYear() + "-" + String.format("%04d", ++certificates),
						application.getCompletedOn());
				if (graduates != null) {
					graduates.add(inputs.get(i));
				}
			}
			applications.save(application);
		}
	}

	/** An offering taking applications: the first half accepted, the rest waiting for a decision. */
	private void waiting(Offering offering, List<ApplicationInput> inputs) {
		Instant now = Instant.now();
		for (int i = 0; i < inputs.size(); i++) {
			ApplicationInput input = inputs.get(i);
			if (offering.isRecommendationRequired()) {
				input = new ApplicationInput(input.name(), input.kana(), input.birthDate(), input.organisation(),
						input.organisationKind(), input.job(), input.municipalityCode(), input.email(), input.phone(),
						input.qualifications(), "（見本）松本市", null);
			}
			TrainingApplication application = application(offering, input, now.minusSeconds(3600L * (i + 1)));
			if (i < inputs.size() / 2) {
				application.accept(now);
			}
			applications.save(application);
		}
	}

	private TrainingApplication application(Offering offering, ApplicationInput input, Instant appliedAt) {
		Person person = people.findMatches(Person.matchKey(input.name(), input.kana(), input.birthDate()), input.email())
			.stream()
			.findFirst()
			.orElseGet(() -> people.saveAndFlush(new Person(input.name(), input.kana(), input.birthDate(), input.email())));
		String region = reference.municipalities(null)
			.stream()
			.filter(m -> m.code().value().equals(input.municipalityCode()))
			.map(MunicipalityView::regionName)
			.findFirst()
			.orElseThrow();
		return new TrainingApplication(offering.getId(), person.getId(),
				"TR" + String.format("%02d", offering.getFiscalYear() % 100) + "-D" + String.format("%05d", applications.count() + 1),
				appliedAt, input, region);
	}

	private List<ApplicationInput> applicants(FictionalNames names, Random random, List<MunicipalityView> places,
			int count) {
		List<ApplicationInput> inputs = new ArrayList<>();
		OrganisationKind[] kinds = OrganisationKind.values();
		for (int i = 0; i < count; i++) {
			FictionalNames.Name name = names.next();
			MunicipalityView place = places.get(random.nextInt(places.size()));
			inputs.add(new ApplicationInput(name.kanji(), name.kana(), LocalDate.of(1965 + random.nextInt(35),
					1 + random.nextInt(12), 1 + random.nextInt(28)), "（架空）みほん" + place.name() + "事業所",
					kinds[i % kinds.length], JOBS[random.nextInt(JOBS.length)], place.code().value(),
					"demo" + (seed % 1000) + "-" + random.nextInt(1_000_000) + "@example.invalid", "0263-00-0000",
					null, null, null));
		}
		return inputs;
	}

	private static List<SessionInput> twoDays(LocalDate first) {
		return List.of(session(first, ModuleKind.LECTURE, "（見本）医療的ケア児等の支援の概要", LocalTime.of(9, 30),
				LocalTime.of(12, 30), false),
				session(first, ModuleKind.LECTURE, "（見本）制度と地域資源", LocalTime.of(13, 30), LocalTime.of(16, 30), true),
				session(first.plusDays(1), ModuleKind.EXERCISE, "（見本）事例検討演習", LocalTime.of(9, 30),
						LocalTime.of(16, 0), false));
	}

	private static SessionInput session(LocalDate day, ModuleKind kind, String title, LocalTime from, LocalTime to,
			boolean online) {
		int minutes = (int) java.time.Duration.between(from, to).toMinutes() - (to.getHour() >= 15 && from.getHour() < 12 ? 60 : 0);
		return new SessionInput(day, from, to, kind, title, minutes, online ? "Zoom（見本）" : "長野県松本旭町庁舎（見本会場）",
				online);
	}
}

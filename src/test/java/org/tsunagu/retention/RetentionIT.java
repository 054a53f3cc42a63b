package org.tsunagu.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.consultation.CaseApprovals;
import org.tsunagu.consultation.CaseDetails;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildRegistryIT.WithUser;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.FamilyMemberInput;
import org.tsunagu.registry.Sex;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.training.ApplicationInput;
import org.tsunagu.training.ApplicationManagement;
import org.tsunagu.training.CourseInput;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.ModuleKind;
import org.tsunagu.training.OfferingInput;
import org.tsunagu.training.OrganisationKind;
import org.tsunagu.training.SessionInput;
import org.tsunagu.testsupport.MutableClock;
import org.tsunagu.testsupport.MutableClockConfiguration;

/**
 * The retention review on a real database (H2 and PostgreSQL): cases are closed in 2019 and 2022, the clock moves
 * to 2026, and only the approved cases that are still past their five years are anonymised — a due case without
 * approval, an approved case reopened since, and a case closed four years ago all stay as they were. A child who
 * moved out and a training applicant who cancelled are anonymised the same way, after approval only. Every decision and disposal is in the audit log. Other suites' records
 * may be listed too; the test looks only at its own.
 */
@DatabaseTest
@Import(MutableClockConfiguration.class)
class RetentionIT {

	static final Instant IN_2019 = Instant.parse("2019-03-01T01:00:00Z");

	static final Instant IN_2022 = Instant.parse("2022-03-01T01:00:00Z");

	static final Instant IN_2026 = Instant.parse("2026-06-10T00:00:00Z");

	@Autowired
	RetentionReviews reviews;

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseApprovals approvals;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	ChildManagement children;

	@Autowired
	AuditQueries audit;

	@Autowired
	CourseManagement courses;

	@Autowired
	ApplicationManagement applications;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void retentionAnonymisesOnlyApprovedCasesThatAreStillDue() {
		clock.set(IN_2019);
		UUID approved = closedCase("（架空）保存期間試験 承認される相談");
		UUID unapproved = closedCase("（架空）保存期間試験 承認されない相談");
		UUID reopened = closedCase("（架空）保存期間試験 再開される相談");
		clock.set(IN_2022);
		UUID recent = closedCase("（架空）保存期間試験 四年前の相談");
		clock.set(IN_2026);

		asDirector(reviews::runNow);
		ReviewItem approvedItem = item(approved).orElseThrow();
		ReviewItem reopenedItem = item(reopened).orElseThrow();
		assertThat(item(unapproved)).get().extracting(ReviewItem::status).isEqualTo(ReviewStatus.PENDING);
		assertThat(item(recent)).as("closed four years ago: not due").isEmpty();
		assertThat(approvedItem.endedOn()).isEqualTo(LocalDate.of(2019, 3, 1));

		asDirector(() -> reviews.approveAll(List.of(new RetentionReviews.ItemVersion(approvedItem.id(),
				approvedItem.version()), new RetentionReviews.ItemVersion(reopenedItem.id(), reopenedItem.version()))));
		WithUser.run(Role.CONSULTANT, null,
				() -> approvals.reopen(reopened, cases.get(reopened).version(), "（架空）再び相談があった"));
		RetentionRun run = asDirector(reviews::runNow);

		assertThat(run.disposed()).isGreaterThanOrEqualTo(1);
		CaseDetails anonymised = asDirector(() -> cases.get(approved));
		assertThat(anonymised.title()).isEqualTo("（保存期間経過により匿名化）");
		assertThat(anonymised.timeline()).isEmpty();
		assertThat(anonymised.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(asDirector(() -> consultations.get(anonymised.consultationId())).content())
			.isEqualTo("（保存期間経過により匿名化）");
		assertThat(asDirector(() -> consultations.get(anonymised.consultationId())).consulterName()).isNull();

		assertThat(asDirector(() -> cases.get(unapproved)).title()).isEqualTo("（架空）保存期間試験 承認されない相談");
		assertThat(asDirector(() -> cases.get(reopened)).title()).isEqualTo("（架空）保存期間試験 再開される相談");
		assertThat(asDirector(() -> cases.get(recent)).title()).isEqualTo("（架空）保存期間試験 四年前の相談");
		assertThat(itemAnyStatus(approved, ReviewStatus.DISPOSED)).get().extracting(ReviewItem::summary).isEqualTo("");
		assertThat(itemAnyStatus(reopened, ReviewStatus.LAPSED)).isPresent();
		assertThat(item(unapproved)).get().extracting(ReviewItem::status).isEqualTo(ReviewStatus.PENDING);

		assertThat(auditEntries(AuditAction.DELETE, "consultation-case", approved)).isNotEmpty();
		assertThat(auditEntries(AuditAction.DELETE, "consultation-case", unapproved)).isEmpty();
		assertThat(auditEntries(AuditAction.DELETE, "consultation-case", reopened)).isEmpty();
		assertThat(auditEntries(AuditAction.UPDATE, "RetentionReview", approvedItem.id()))
			.anySatisfy(entry -> assertThat(entry.detail()).contains("承認"));
	}

	@Test
	void aChildWhoMovedOutIsAnonymisedAfterApprovalAndKeepsYearAndMonthOfBirth() {
		clock.set(IN_2019);
		UUID child = asDirector(() -> children.register(new ChildInput("保存試験", "花子", "ホゾンシケン", "ハナコ",
				LocalDate.of(2015, 5, 17), Sex.FEMALE, "390-0000", "（架空）見本町1-2-3", "202029", "（架空）脳性麻痺", null,
				null, null, null, null, null, null, false,
				List.of(new FamilyMemberInput("保存試験 陽菜", null, "母", "000-0000-0000", null, true)))));
		asDirector(() -> {
			children.changeStatus(child, children.get(child).version(), ChildStatus.MOVED_OUT, LocalDate.of(2019, 3, 1),
					"（架空）県外へ転居");
			return null;
		});
		clock.set(IN_2026);

		asDirector(reviews::runNow);
		ReviewItem item = item(child).orElseThrow();
		assertThat(item.summary()).contains("保存試験 花子").contains("2015年5月生");
		asDirector(() -> {
			reviews.approve(item.id(), item.version());
			return reviews.runNow();
		});

		ChildDetails anonymised = asDirector(() -> children.get(child));
		assertThat(anonymised.familyName()).isEqualTo("（匿名）");
		assertThat(anonymised.birthDate()).isEqualTo(LocalDate.of(2015, 5, 1));
		assertThat(anonymised.address()).isNull();
		assertThat(anonymised.family()).isEmpty();
		assertThat(anonymised.status()).isEqualTo(ChildStatus.MOVED_OUT);
		assertThat(anonymised.municipalityCode()).isEqualTo("202029");
		assertThat(asDirector(() -> children.findIds(new ChildFilter("ほぞんしけん", null, null, null, null, null, null), 50)))
			.as("the former name finds the child no more")
			.doesNotContain(child);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_child_name_pairs WHERE child_id = ?", Long.class,
				child))
			.as("nor is it left in the name index")
			.isZero();
		assertThat(auditEntries(AuditAction.DELETE, "registry-child", child)).isNotEmpty();
	}

	@Test
	void onlyTheApprovedTrainingApplicantIsAnonymised() {
		clock.set(IN_2019);
		LocalDate day = LocalDate.of(2019, 3, 1);
		UUID offering = asDirector(() -> {
			UUID course = courses.createCourse(new CourseInput(CourseKind.SUPPORTER, "（試験）保存期間の研修", null, null,
					null, 30));
			UUID id = courses.createOffering(new OfferingInput(course, 2018, "（試験）保存期間 " + UUID.randomUUID(), 10,
					day.minusDays(1), day.plusDays(10), false, null, null));
			courses.addSession(id, courses.offering(id).version(), new SessionInput(day.plusDays(20), LocalTime.of(9, 30),
					LocalTime.of(12, 30), ModuleKind.LECTURE, "（試験）講義", 180, "見本会場", false));
			return id;
		});
		UUID cancelled = asDirector(() -> {
			applications.apply(offering, applicant("保存試験 花子", "hozon-hanako"));
			applications.apply(offering, applicant("保存試験 太郎", "hozon-taro"));
			return applicationNamed(offering, "保存試験 花子");
		});
		UUID kept = asDirector(() -> applicationNamed(offering, "保存試験 太郎"));
		asDirector(() -> {
			applications.cancel(cancelled, applications.application(cancelled).version(), "（架空）業務の都合");
			return null;
		});
		clock.set(IN_2026);

		asDirector(reviews::runNow);
		ReviewItem item = item(cancelled).orElseThrow();
		assertThat(item(kept)).as("also past three years, but not approved").isPresent();
		asDirector(() -> {
			reviews.approve(item.id(), item.version());
			return reviews.runNow();
		});

		assertThat(asDirector(() -> applications.application(cancelled)).name()).isEqualTo("（匿名）");
		assertThat(asDirector(() -> applications.application(kept)).name()).isEqualTo("保存試験 太郎");
		assertThat(auditEntries(AuditAction.DELETE, "training-applicant", cancelled)).isNotEmpty();
	}

	private UUID applicationNamed(UUID offering, String name) {
		return applications.applications(offering)
			.stream()
			.filter(application -> application.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static ApplicationInput applicant(String name, String mailbox) {
		return new ApplicationInput(name, "ホゾンシケン", LocalDate.of(1988, 6, 17), "（架空）みほん相談支援事業所",
				OrganisationKind.CONSULTATION_SUPPORT, "相談支援専門員", "202029", mailbox + "@example.invalid", null, null,
				null, null);
	}

	private UUID closedCase(String title) {
		UUID[] id = new UUID[1];
		WithUser.run(Role.CONSULTANT, null, () -> {
			UUID consultation = consultations.record(new ConsultationInput(clock.instant(), ConsultationChannel.PHONE,
					ConsulterType.FAMILY, "見本 桜", null, "202029", null, ChildLink.UNKNOWN, null,
					java.util.Set.of(ConsultationTopic.SCHOOLING), title, "（架空）制度を案内した", null));
			id[0] = cases.open(consultation, null, CasePriority.NORMAL, null);
			approvals.requestClose(id[0], cases.get(id[0]).version(), "（架空）安定した");
		});
		asDirector(() -> {
			approvals.approveClose(id[0], cases.get(id[0]).version(), "（架空）承認");
			return null;
		});
		return id[0];
	}

	private Optional<ReviewItem> item(UUID recordId) {
		return asDirector(() -> reviews.list(null)).stream().filter(item -> item.recordId().equals(recordId)).findFirst();
	}

	private Optional<ReviewItem> itemAnyStatus(UUID recordId, ReviewStatus status) {
		return asDirector(() -> reviews.list(status)).stream()
			.filter(item -> item.recordId().equals(recordId))
			.findFirst();
	}

	private List<org.tsunagu.audit.AuditEntryView> auditEntries(AuditAction action, String type, UUID id) {
		return audit.findEntries(new AuditSearch(null, action, type, id.toString(), null, null), Pageable.ofSize(20))
			.getContent();
	}

	private static <T> T asDirector(Supplier<T> action) {
		Object[] result = new Object[1];
		WithUser.run(Role.CENTER_DIRECTOR, null, () -> result[0] = action.get());
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}
}

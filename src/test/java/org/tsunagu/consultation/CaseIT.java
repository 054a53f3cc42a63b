package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildRegistryIT.WithUser;
import org.tsunagu.registry.Sex;
import org.tsunagu.registry.SharingNotConsentedException;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.MutableClock;
import org.tsunagu.testsupport.MutableClockConfiguration;

/**
 * Cases on a real database (H2 and PostgreSQL), with a clock the test moves: opened from a consultation,
 * worked on, overdue when the next-contact date passes, closed with the director's approval, handed to another
 * 圏域, referred with the consent check — and a health office sees only its own 圏域's cases. Each test sets the
 * clock, which it shares with the other suites of the {@link MutableClockConfiguration} context.
 */
@DatabaseTest
@Import(MutableClockConfiguration.class)
class CaseIT {

	/** 2026-06-10 09:00 JST. */
	static final Instant NOW = Instant.parse("2026-06-10T00:00:00Z");

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseApprovals approvals;

	@Autowired
	CaseQueries queries;

	@Autowired
	ReferralManagement referrals;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	ChildManagement children;

	@Autowired
	UserManagement users;

	@Autowired
	AuditQueries audit;

	@Autowired
	MutableClock clock;

	@Test
	void aCaseBecomesOverdueForTheDirectorWhenItsNextContactDatePassesInJapan() {
		clock.set(NOW);
		UUID ownerId = user("it-case-owner", Role.CONSULTANT, null);
		UUID[] id = new UUID[1];
		WithUser.run(Role.CONSULTANT, null, () -> {
			UUID consultation = consultations.record(ConsultationIT.call("（架空）期限試験の相談", "202029", null,
					"2026-06-10T00:30:00Z"));
			id[0] = cases.open(consultation, ownerId, CasePriority.HIGH, LocalDate.of(2026, 6, 12));
			cases.recordContact(id[0], new ContactInput(LocalDate.of(2026, 6, 10), ConsultationChannel.PHONE, "母",
					"（架空）様子を聞いた", null));
			assertThatThrownBy(() -> cases.open(consultation, null, CasePriority.LOW, null))
				.isInstanceOf(IllegalStateException.class);
		});
		CurrentUser director = new CurrentUser(UUID.randomUUID(), "it-director", "試験 センター長", Role.CENTER_DIRECTOR,
				null, null);
		CurrentUser owner = new CurrentUser(ownerId, "it-case-owner", "試験 担当", Role.CONSULTANT, null, null);

		assertThat(queries.workFor(director).overdue()).extracting(CaseListItem::id).doesNotContain(id[0]);
		assertThat(queries.workFor(owner).mine()).extracting(CaseListItem::id).containsExactly(id[0]);

		// 2026-06-12 15:30 UTC is already the 13th in Japan: the due date (the 12th) has passed.
		clock.set(Instant.parse("2026-06-12T15:30:00Z"));

		// The home screen shows the 20 longest overdue of all 圏域 (other suites' cases share this database); the
		// director's list of overdue cases has every one of them.
		WithUser.run(Role.CENTER_DIRECTOR, null, () -> assertThat(cases.search(
				new CaseFilter("（架空）期限試験の相談", null, null, null, null, true, false), Pageable.ofSize(50)))
			.extracting(CaseListItem::id)
			.contains(id[0]));
		assertThat(queries.workFor(owner).mine()).singleElement().satisfies(item -> {
			assertThat(item.overdue()).isTrue();
			assertThat(item.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		});
		WithUser.run(Role.CONSULTANT, null, () -> assertThat(
				cases.search(new CaseFilter("（架空）期限試験の相談", null, null, null, null, true, false), Pageable.ofSize(50)))
			.extracting(CaseListItem::id)
			.contains(id[0]));
	}

	@Test
	void closingWaitsForTheDirectorAndIsRecordedOnTheTimeline() {
		clock.set(NOW);
		UUID id = openAsConsultant("（架空）終結試験の相談", "202029");
		WithUser.run(Role.CONSULTANT, null, () -> {
			assertThat(approvals.requestClose(id, version(id), "（架空）安定した")).isFalse();
			assertThatThrownBy(() -> approvals.approveClose(id, version(id), "")).isInstanceOf(AccessDeniedException.class);
		});
		WithUser.run(Role.CENTER_DIRECTOR, null, () -> {
			long stale = version(id) - 1;
			assertThatThrownBy(() -> approvals.approveClose(id, stale, ""))
				.isInstanceOf(org.tsunagu.shared.StaleRecordException.class);
			approvals.approveClose(id, version(id), "（架空）承認");
			CaseDetails closed = cases.get(id);
			assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
			assertThat(closed.timeline()).extracting(CaseEntryView::kind)
				.contains(CaseEntryKind.CLOSE_REQUESTED, CaseEntryKind.CLOSE_APPROVED);
		});
		assertThat(audit.findEntries(new AuditSearch(null, AuditAction.UPDATE, "ConsultationCase", id.toString(), null,
				null), Pageable.ofSize(20)))
			.isNotEmpty();
	}

	@Test
	void aHealthOfficeSeesOnlyItsOwnRegionsCasesAndAcceptsHandOversToIt() {
		clock.set(NOW);
		UUID matsumoto = openAsConsultant("（架空）圏域試験ケース松本", "202029");
		UUID nagano = openAsConsultant("（架空）圏域試験ケース長野", "202011");
		user("it-office-joushou", Role.HEALTH_OFFICE, "上小");

		WithUser.run(Role.HEALTH_OFFICE, "松本", () -> {
			assertThat(cases.search(new CaseFilter("圏域試験ケース", null, null, null, null, false, false),
					Pageable.ofSize(50)))
				.extracting(CaseListItem::regionName)
				.containsOnly("松本")
				.hasSize(1);
			assertThat(cases.get(matsumoto).regionName()).isEqualTo("松本");
			assertThatThrownBy(() -> cases.get(nagano)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> cases.recordContact(nagano, new ContactInput(LocalDate.of(2026, 6, 10),
					ConsultationChannel.PHONE, "母", "（架空）", null)))
				.isInstanceOf(AccessDeniedException.class);
			approvals.handOver(matsumoto, version(matsumoto), "上小", "（架空）転居した");
		});
		WithUser.run(Role.HEALTH_OFFICE, "上小", () -> {
			assertThat(cases.get(matsumoto).handoverRegion()).isEqualTo("上小");
			approvals.acceptHandover(matsumoto, version(matsumoto), "（架空）引き受けます");
			assertThat(cases.get(matsumoto).regionName()).isEqualTo("上小");
		});
		WithUser.run(Role.HEALTH_OFFICE, "松本",
				() -> assertThatThrownBy(() -> cases.get(matsumoto)).isInstanceOf(AccessDeniedException.class));
	}

	@Test
	void referralsCheckConsentAndAreFlaggedWithoutAnOutcomeAfterTheConfiguredDays() {
		clock.set(NOW);
		UUID unlinked = openAsConsultant("（架空）紹介試験の相談", "202029");
		WithUser.run(Role.CONSULTANT, null, () -> {
			ReferralInput withoutTick = new ReferralInput(null, "（架空）みほん訪問看護", "（架空）訪問看護の利用",
					LocalDate.of(2026, 6, 10), false);
			assertThatThrownBy(() -> referrals.refer(unlinked, withoutTick)).isInstanceOf(IllegalArgumentException.class);
			referrals.refer(unlinked, new ReferralInput(null, "（架空）みほん訪問看護", "（架空）訪問看護の利用",
					LocalDate.of(2026, 6, 10), true));

			UUID child = children.register(new ChildInput("見本", "花子", "ミホン", "ハナコ", LocalDate.of(2019, 5, 1),
					Sex.FEMALE, null, null, "202029", "（架空）", null, null, null, null, null, null, null, false,
					List.of()));
			UUID consultation = consultations.record(new ConsultationInput(NOW, ConsultationChannel.PHONE,
					ConsulterType.FAMILY, null, null, "202029", null, ChildLink.LINKED, child,
					java.util.Set.of(ConsultationTopic.MEDICAL_CARE), "（架空）台帳児の相談", null, null));
			UUID linked = cases.open(consultation, null, CasePriority.NORMAL, null);
			assertThatThrownBy(() -> referrals.refer(linked, new ReferralInput(null, "（架空）みほん訪問看護",
					"（架空）", LocalDate.of(2026, 6, 10), true)))
				.isInstanceOf(SharingNotConsentedException.class);
			assertThat(referrals.overdue()).extracting(ReferralView::caseId).doesNotContain(unlinked);
		});

		clock.set(NOW.plusSeconds(15L * 24 * 3600));

		WithUser.run(Role.CONSULTANT, null, () -> {
			assertThat(referrals.overdue()).extracting(ReferralView::caseId).contains(unlinked);
			ReferralView open = referrals.referralsOf(unlinked).get(0);
			referrals.recordOutcome(unlinked, open.id(), open.version(), ReferralResult.ACCEPTED,
					LocalDate.of(2026, 6, 20), null);
			assertThat(referrals.overdue()).extracting(ReferralView::caseId).doesNotContain(unlinked);
			assertThat(cases.get(unlinked).timeline()).extracting(CaseEntryView::kind).contains(CaseEntryKind.REFERRAL);
		});
	}

	private UUID openAsConsultant(String content, String municipality) {
		UUID[] id = new UUID[1];
		WithUser.run(Role.CONSULTANT, null, () -> {
			UUID consultation = consultations.record(ConsultationIT.call(content, municipality, null,
					"2026-06-10T00:30:00Z"));
			id[0] = cases.open(consultation, null, CasePriority.NORMAL, LocalDate.of(2026, 6, 20));
		});
		return id[0];
	}

	private long version(UUID id) {
		return cases.get(id).version();
	}

	private UUID user(String username, Role role, String region) {
		return users.findUsers(role, username, Pageable.ofSize(1))
			.stream()
			.findFirst()
			.map(found -> found.id())
			.orElseGet(() -> users.createUserWithPassword(new NewUser(username, "試験 " + username, role, region, null),
					"Tsunagu-IT-password-2026"));
	}
}

package org.tsunagu.consultation.internal;

import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.CaseEntryKind;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ConsentBasis;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ContactInput;
import org.tsunagu.consultation.ReferralResult;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.identity.UserSummary;
import org.tsunagu.shared.JapaneseDates;

/**
 * Demo cases derived from the demo consultations: about one in three becomes a case, owned by the demo
 * consultants and nurse, with contacts, tasks and referrals to fictional institutions; some are overdue, some
 * wait for the director's approval, some are closed. Deterministic from the demo seed; created once, after
 * {@link DemoConsultations}.
 */
@Component
@Order(61)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private static final String[] CONTACTS = { "（架空）母と電話で状況を確認した。", "（架空）訪問看護ステーションと訪問日を調整した。",
			"（架空）市町村の担当課と制度の利用について相談した。", "（架空）主治医の意見を家族から聞き取った。" };

	private static final String[] COUNTERPARTS = { "母", "父", "（架空）みほん訪問看護ステーション", "（架空）みほん市 福祉課" };

	private static final String[] INSTITUTIONS = { "（架空）みほん訪問看護ステーション", "（架空）見本こども発達支援センター",
			"（架空）サンプル相談支援事業所" };

	private final ConsultationRepository consultations;

	private final CaseRepository cases;

	private final ReferralRepository referrals;

	private final UserManagement users;

	private final long seed;

	DemoCases(ConsultationRepository consultations, CaseRepository cases, ReferralRepository referrals,
			UserManagement users, @Value("${tsunagu.demo.seed}") long seed) {
		this.consultations = consultations;
		this.cases = cases;
		this.referrals = referrals;
		this.users = users;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<UserSummary> owners = owners();
		if (cases.count() > 0 || owners.isEmpty()) {
			return;
		}
		Random random = new Random(seed + 61);
		LocalDate today = JapaneseDates.today();
		int created = 0;
		List<Consultation> all = consultations.findAll(Sort.by("receivedAt"));
		for (int i = 0; i < all.size(); i += 3) {
			Consultation consultation = all.get(i);
			UserSummary owner = owners.get(created % owners.size());
			create(consultation, owner, random, today, created++);
		}
		log.info("Created {} demo cases", created);
	}

	private void create(Consultation consultation, UserSummary owner, Random random, LocalDate today, int index) {
		LocalDate opened = consultation.getReceivedAt().atZone(JapaneseDates.JST).toLocalDate();
		Actor actor = actor(owner, opened);
		// Every fourth open case is overdue: its next contact was due a few days ago.
		LocalDate due = index % 4 == 0 ? today.minusDays(1 + random.nextInt(10)) : today.plusDays(3 + random.nextInt(20));
		ConsultationCase kase = new ConsultationCase(consultation.getId(), ConsultationViews.summary(consultation.getContent()),
				consultation.getRegionName(), null, owner.id(), owner.displayName(),
				CasePriority.values()[random.nextInt(3)], due, actor);
		int contacts = 1 + random.nextInt(3);
		for (int c = 0; c < contacts; c++) {
			LocalDate on = opened.plusDays(3L * (c + 1)).isAfter(today) ? today : opened.plusDays(3L * (c + 1));
			kase.recordContact(new ContactInput(on, c % 2 == 0 ? ConsultationChannel.PHONE : ConsultationChannel.HOME_VISIT,
					COUNTERPARTS[random.nextInt(COUNTERPARTS.length)], CONTACTS[random.nextInt(CONTACTS.length)], null),
					actor(owner, on));
		}
		if (random.nextBoolean()) {
			kase.addTask("（架空）関係機関に資料を送る", due, actor);
		}
		cases.save(kase);
		if (index % 3 == 1) {
			refer(kase, owner, random, opened, today);
		}
		finish(kase, owner, index, opened, today);
	}

	private void refer(ConsultationCase kase, UserSummary owner, Random random, LocalDate opened, LocalDate today) {
		String institution = INSTITUTIONS[random.nextInt(INSTITUTIONS.length)];
		LocalDate on = opened.plusDays(7).isAfter(today) ? today : opened.plusDays(7);
		Referral referral = new Referral(kase.getId(), kase.getRegionName(), null, institution,
				"（架空）訪問看護の利用について相談するため", on, ConsentBasis.CONFIRMED_BY_STAFF);
		kase.note(CaseEntryKind.REFERRAL, institution + "へ紹介：" + referral.getReason(), actor(owner, on));
		if (on.isBefore(today.minusDays(30)) && random.nextInt(3) > 0) {
			referral.recordOutcome(random.nextBoolean() ? ReferralResult.ACCEPTED : ReferralResult.ARRANGING,
					on.plusDays(10), "（架空）電話で回答あり");
		}
		referrals.save(referral);
	}

	/** Older cases move on: some to 経過観察, some closed, a few waiting for the director's approval. */
	private static void finish(ConsultationCase kase, UserSummary owner, int index, LocalDate opened, LocalDate today) {
		if (opened.isAfter(today.minusDays(60))) {
			return;
		}
		Actor later = actor(owner, opened.plusDays(30));
		switch (index % 5) {
			case 0, 1 -> {
				kase.requestClose("（架空）支援が安定したため終結とする。", true, later);
				kase.approveClose("（架空）承認します。", new Actor("デモ センター長", later.now(), later.today()));
			}
			case 2 -> kase.requestClose("（架空）支援が安定したため終結したい。", true, later);
			case 3 -> kase.changeStatus(CaseStatus.MONITORING, later);
			default -> {
			}
		}
	}

	private static Actor actor(UserSummary owner, LocalDate day) {
		Instant at = day.atTime(10, 0).atZone(JapaneseDates.JST).toInstant();
		return new Actor(owner.displayName(), at, day);
	}

	private List<UserSummary> owners() {
		List<UserSummary> owners = new ArrayList<>();
		for (Role role : List.of(Role.CONSULTANT, Role.NURSE)) {
			owners.addAll(users.findUsers(role, null, Pageable.ofSize(20)).getContent());
		}
		return owners;
	}
}

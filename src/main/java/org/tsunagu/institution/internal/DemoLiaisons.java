package org.tsunagu.institution.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.institution.LiaisonChannel;
import org.tsunagu.institution.LiaisonInput;
import org.tsunagu.shared.FictionalNames;
import org.tsunagu.shared.JapaneseDates;

/**
 * Demo liaison log: one to three fictional contacts with every other institution, some with a follow-up still
 * open (a few overdue) so that the work list has something in it. No child is linked. Created once.
 */
@Component
@Order(71)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoLiaisons implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLiaisons.class);

	private static final List<String[]> TOPICS = List.of(
			new String[] { "短期入所の受け入れ相談", "人工呼吸器を使う子の短期入所について、受け入れの条件を確認した（見本）。",
					"看護体制の資料を送ってもらう" },
			new String[] { "退院前カンファレンスの日程調整", "退院前カンファレンスの候補日を3つ提示した（見本）。", "日程の回答を確認する" },
			new String[] { "研修案内の送付", "医療的ケア児等コーディネーター研修の案内を送った（見本）。", null },
			new String[] { "空き状況の確認", "今月の空き状況を確認した。要相談とのこと（見本）。", null },
			new String[] { "保育所入所に向けた看護師配置の相談", "看護師の配置と吸引の手順について意見交換した（見本）。",
					"市町村担当課に配置の予算を確認する" });

	private final InstitutionRepository institutions;

	private final LiaisonRepository liaisons;

	private final AuditLog audit;

	private final long seed;

	DemoLiaisons(InstitutionRepository institutions, LiaisonRepository liaisons, AuditLog audit,
			@Value("${tsunagu.demo.seed}") long seed) {
		this.institutions = institutions;
		this.liaisons = liaisons;
		this.audit = audit;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (liaisons.count() > 0) {
			return;
		}
		Random random = new Random(seed + 71);
		FictionalNames names = new FictionalNames(seed + 71);
		LocalDate today = JapaneseDates.today();
		List<Institution> all = institutions.findAll(Sort.by("regionName", "kana"));
		int count = 0;
		for (int i = 0; i < all.size(); i += 2) {
			Institution institution = all.get(i);
			int entries = 1 + random.nextInt(3);
			for (int e = 0; e < entries; e++) {
				String[] topic = TOPICS.get(random.nextInt(TOPICS.size()));
				LocalDate on = today.minusDays(3 + random.nextInt(120));
				LocalDate due = topic[2] == null ? null : on.plusDays(7 + random.nextInt(30));
				Liaison liaison = new Liaison(institution.getId(),
						new LiaisonInput(on, LiaisonChannel.values()[random.nextInt(LiaisonChannel.values().length)],
								names.next().kanji(), names.next().kanji(), topic[0], topic[1], topic[2], due, null,
								null));
				if (due != null && random.nextInt(3) == 0) {
					liaison.completeFollowUp(due.isAfter(today) ? today : due);
				}
				liaisons.save(liaison);
				count++;
			}
		}
		audit.record(AuditAction.CREATE, LiaisonService.TARGET, null, "demo data: " + count + " liaison entries");
		log.info("Demo liaison entries created: {}", count);
	}
}

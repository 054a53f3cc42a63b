package org.tsunagu.consultation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.consultation.ContactInput;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.JapaneseDates;

import jakarta.persistence.EntityManager;

/**
 * Demo records for the retention review: cases closed six and seven years ago and two answered consultations of
 * that time (past the default five years, so the センター長 finds them in 保存期間と削除), and one case closed four
 * years ago (not due). Created once; recognised by their recorder, which anonymisation keeps.
 */
@Component
@Order(62)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoRetentionCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRetentionCases.class);

	static final String RECORDER = "デモ 保存期間";

	private final EntityManager entities;

	private final ReferenceData reference;

	DemoRetentionCases(EntityManager entities, ReferenceData reference) {
		this.entities = entities;
		this.reference = reference;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<RegionView> regions = reference.regions(false);
		Long existing = entities.createQuery("select count(c) from Consultation c where c.recordedBy = :recorder", Long.class)
			.setParameter("recorder", RECORDER)
			.getSingleResult();
		if (existing > 0 || regions.isEmpty()) {
			return;
		}
		LocalDate today = JapaneseDates.today();
		int[] yearsAgo = { 7, 6, 6, 4 };
		for (int i = 0; i < yearsAgo.length; i++) {
			closedCase(regions.get(i % regions.size()), today.minusYears(yearsAgo[i]).minusDays(20L * i), i);
		}
		for (int i = 0; i < 2; i++) {
			Consultation answered = consultation(regions.get((i + 4) % regions.size()), today.minusYears(6).minusDays(5L * i),
					"（架空・保存期間見本）制度の窓口を尋ねる電話。");
			answered.close();
		}
		log.info("Created demo records past their retention period");
	}

	private void closedCase(RegionView region, LocalDate closedOn, int index) {
		LocalDate opened = closedOn.minusMonths(3);
		Consultation consultation = consultation(region, opened, "（架空・保存期間見本）退院後の訪問看護について相談したい。");
		Actor owner = actor(opened);
		ConsultationCase kase = new ConsultationCase(consultation.getId(), "（架空・保存期間見本）退院後の支援 " + (index + 1),
				region.name(), null, new java.util.UUID(0, index + 1), "デモ 相談員", CasePriority.NORMAL, null, owner);
		kase.recordContact(new ContactInput(opened.plusDays(7), ConsultationChannel.PHONE, "母",
				"（架空）訪問看護の利用が始まったことを確認した。", null), actor(opened.plusDays(7)));
		kase.requestClose("（架空）支援が安定したため終結。", false, actor(closedOn));
		entities.persist(kase);
	}

	private Consultation consultation(RegionView region, LocalDate on, String content) {
		Instant at = on.atTime(10, 0).atZone(JapaneseDates.JST).toInstant();
		ConsultationInput input = new ConsultationInput(at, ConsultationChannel.PHONE, ConsulterType.FAMILY,
				"見本 花子", null, null, region.name(), ChildLink.ANONYMOUS, null,
				EnumSet.of(ConsultationTopic.values()[0]), content, "（架空）窓口を案内した。", null);
		Consultation consultation = new Consultation(input, region.name(), RECORDER);
		entities.persist(consultation);
		return consultation;
	}

	private static Actor actor(LocalDate day) {
		return new Actor("デモ 相談員", day.atTime(10, 0).atZone(JapaneseDates.JST).toInstant(), day);
	}
}

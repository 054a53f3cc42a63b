package org.tsunagu.consultation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.JapaneseDates;

/**
 * Demo consultations: 80 over the last 12 months, spread over every 圏域, channel and topic, with obviously
 * fictional texts. About one in four is linked to a demo child of the same 圏域 (found through the registry's
 * API, as the demo センター長), so a child's name finds their consultations and cases. Deterministic from the
 * demo seed; created once.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoConsultations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);

	static final int COUNT = 80;

	private static final String[] QUESTIONS = { "（架空）訪問看護の回数を増やしたいとの相談。", "（架空）来春の就学先について相談したい。",
			"（架空）停電時の人工呼吸器の電源確保について。", "（架空）18歳以降の通所先について知りたい。", "（架空）きょうだい児の預け先について。",
			"（架空）保育所での医療的ケアの受け入れについて。", "（架空）医療費助成の申請手続きについて。", "（架空）保護者の就労と短期入所について。" };

	private static final String[] ANSWERS = { "（架空）制度と窓口を案内した。", "（架空）市町村の担当課を紹介した。",
			"（架空）関係機関と調整することを伝えた。", "（架空）資料を郵送することにした。" };

	private final ConsultationRepository consultations;

	private final ReferenceData reference;

	private final DemoChildLinks childLinks;

	private final long seed;

	DemoConsultations(ConsultationRepository consultations, ReferenceData reference, DemoChildLinks childLinks,
			@Value("${tsunagu.demo.seed}") long seed) {
		this.consultations = consultations;
		this.reference = reference;
		this.childLinks = childLinks;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<RegionView> regions = reference.regions(false);
		if (consultations.count() > 0 || regions.isEmpty()) {
			return;
		}
		Random random = new Random(seed + 60);
		Map<String, List<UUID>> children = childLinks.childrenByRegion();
		for (int i = 0; i < COUNT; i++) {
			RegionView region = regions.get(i % regions.size());
			List<UUID> regionChildren = children.getOrDefault(region.name(), List.of());
			@Nullable UUID child = regionChildren.isEmpty() || random.nextInt(4) > 0 ? null
					: regionChildren.get(random.nextInt(regionChildren.size()));
			ConsultationInput input = consultation(random, i, region, child);
			Consultation consultation = new Consultation(input, region.name(), "デモ 相談員");
			if (input.receivedAt().isBefore(Instant.now().minusSeconds(30L * 24 * 3600)) && random.nextInt(5) > 0) {
				consultation.close();
			}
			consultations.save(consultation);
		}
		log.info("Created {} demo consultations", COUNT);
	}

	private ConsultationInput consultation(Random random, int i, RegionView region, @Nullable UUID child) {
		List<MunicipalityView> municipalities = reference.municipalities(region.name());
		// One in six callers does not say where they live: the 圏域 is chosen directly then.
		@Nullable MunicipalityView municipality = municipalities.isEmpty() || random.nextInt(6) == 0 ? null
				: municipalities.get(random.nextInt(municipalities.size()));
		ConsultationChannel channel = pick(random, ConsultationChannel.values(), i);
		ConsulterType consulter = pick(random, ConsulterType.values(), i);
		return new ConsultationInput(receivedAt(random), channel, consulter, null,
				consulter == ConsulterType.FAMILY || consulter == ConsulterType.SELF ? null : "（架空）みほん相談窓口",
				municipality == null ? null : municipality.code().value(), region.name(),
				child != null ? ChildLink.LINKED : random.nextBoolean() ? ChildLink.UNKNOWN : ChildLink.ANONYMOUS, child,
				topics(random, i),
				QUESTIONS[random.nextInt(QUESTIONS.length)], ANSWERS[random.nextInt(ANSWERS.length)],
				random.nextInt(3) == 0 ? "（架空）1週間後に電話で様子を確認する。" : null);
	}

	/** Every value at least once (by index), then at random. */
	private static <T> T pick(Random random, T[] values, int i) {
		return i < values.length ? values[i] : values[random.nextInt(values.length)];
	}

	private static Set<ConsultationTopic> topics(Random random, int i) {
		ConsultationTopic[] all = ConsultationTopic.values();
		Set<ConsultationTopic> topics = EnumSet.of(all[i % all.length]);
		if (random.nextInt(3) == 0) {
			topics.add(all[random.nextInt(all.length)]);
		}
		return topics;
	}

	/** A weekday-ish office hour in Japan within the last 12 months. */
	private static Instant receivedAt(Random random) {
		LocalDate day = JapaneseDates.today().minusDays(random.nextInt(365));
		LocalTime time = LocalTime.of(9 + random.nextInt(8), random.nextInt(4) * 15);
		return day.atTime(time).atZone(JapaneseDates.JST).toInstant();
	}
}

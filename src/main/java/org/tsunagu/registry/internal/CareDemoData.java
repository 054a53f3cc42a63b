package org.tsunagu.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.tsunagu.registry.CareDevice;
import org.tsunagu.registry.CareSelection;
import org.tsunagu.registry.DeviceKind;
import org.tsunagu.shared.JapaneseDates;

/**
 * Fictional care assessments for the demo children (created at order 30): 1–3 dated assessments each with a
 * realistic mix of care, devices for ventilated children and an old score for some. Deterministic from the
 * demo seed; created once.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class CareDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CareDemoData.class);

	private final ChildRepository children;

	private final CareAssessmentRepository assessments;

	private final SevereDisabilityScoreRepository severeScores;

	private final CareScoring scoring;

	private final long seed;

	CareDemoData(ChildRepository children, CareAssessmentRepository assessments,
			SevereDisabilityScoreRepository severeScores, CareScoring scoring, @Value("${tsunagu.demo.seed}") long seed) {
		this.children = children;
		this.assessments = assessments;
		this.severeScores = severeScores;
		this.scoring = scoring;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (assessments.count() > 0) {
			return;
		}
		Random random = new Random(seed);
		// Ids are random UUIDs; a stable order keeps the data the same for the same seed.
		List<Child> all = children.findAll()
			.stream()
			.sorted(Comparator.comparing(Child::getBirthDate)
				.thenComparing(Child::getFamilyNameKana)
				.thenComparing(Child::getGivenNameKana))
			.toList();
		LocalDate today = JapaneseDates.today();
		for (Child child : all) {
			CareDemoProfile profile = CareDemoProfile.pick(random);
			int count = 1 + random.nextInt(3);
			for (int i = count - 1; i >= 0; i--) {
				LocalDate date = today.minusDays(30 + random.nextInt(200)).minusYears(i);
				List<CareSelection> items = profile.items(random, i > 0);
				assessments.save(new CareAssessment(child.getId(), date, "架空こども病院 小児科 医師意見書（デモ）",
						scoring.on(date).calculate(items), devices(profile, random), null));
			}
			children.refreshLatestAssessment(child.getId());
			if (profile != CareDemoProfile.CATHETER && random.nextInt(3) == 0) {
				severeScores.save(new SevereDisabilityScore(child.getId(), today.minusDays(random.nextInt(365)),
						profile == CareDemoProfile.VENTILATED ? 25 + random.nextInt(15) : 5 + random.nextInt(15), null));
			}
		}
		log.info("Demo care assessments created for {} children", all.size());
	}

	private static List<CareDevice> devices(CareDemoProfile profile, Random random) {
		List<CareDevice> devices = new ArrayList<>();
		if (profile == CareDemoProfile.VENTILATED) {
			devices.add(new CareDevice(DeviceKind.VENTILATOR, "架空メディカル VX-" + (100 + random.nextInt(5) * 10),
					"SIMV 呼吸回数" + (16 + random.nextInt(10)) + "回/分 一回換気量" + (80 + random.nextInt(80)) + "mL",
					BigDecimal.valueOf(4 + random.nextInt(9)), true, null));
			devices.add(new CareDevice(DeviceKind.SUCTION, "見本吸引器 S-2", null, BigDecimal.ONE, true, null));
			devices.add(new CareDevice(DeviceKind.PULSE_OXIMETER, "試験オキシメーター", null, null, false, null));
		}
		if (profile == CareDemoProfile.OXYGEN) {
			devices.add(new CareDevice(DeviceKind.OXYGEN_CONCENTRATOR, "架空酸素 OC-3", "1L/分",
					BigDecimal.valueOf(3), true, "外出時は酸素ボンベ"));
		}
		return devices;
	}
}

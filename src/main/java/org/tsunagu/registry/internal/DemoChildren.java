package org.tsunagu.registry.internal;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.FamilyMemberInput;
import org.tsunagu.registry.SchoolAge;
import org.tsunagu.registry.Sex;
import org.tsunagu.shared.FictionalNames;
import org.tsunagu.shared.JapaneseDates;

/**
 * Demo children: six in every 圏域, spread over its municipalities, aged 0 to 20, with fictional names,
 * families, doctors and schools. Deterministic from the demo seed; created once.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoChildren implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoChildren.class);

	static final int PER_REGION = 6;

	private static final String[] DIAGNOSES = { "脳性麻痺", "低酸素性虚血性脳症", "18トリソミー", "脊髄性筋萎縮症",
			"先天性ミオパチー", "短腸症候群", "先天性心疾患", "水頭症", "気管狭窄症", "染色体異常（架空症例）" };

	private static final String[] SERVICES = { "訪問看護", "児童発達支援、訪問看護", "放課後等デイサービス、短期入所",
			"医療型短期入所、訪問診療", "居宅介護、訪問看護、計画相談支援", "保育所等訪問支援" };

	private static final String[] RELATIONSHIPS = { "母", "父", "祖母", "祖父" };

	private final ChildRepository children;

	private final ReferenceData reference;

	private final AuditLog audit;

	private final long seed;

	DemoChildren(ChildRepository children, ReferenceData reference, AuditLog audit,
			@Value("${tsunagu.demo.seed}") long seed) {
		this.children = children;
		this.reference = reference;
		this.audit = audit;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (children.count() > 0) {
			return;
		}
		Random random = new Random(seed);
		FictionalNames names = new FictionalNames(seed + 1);
		int created = 0;
		for (RegionView region : reference.regions(false)) {
			List<MunicipalityView> municipalities = reference.municipalities(region.name());
			for (int i = 0; i < PER_REGION; i++) {
				MunicipalityView municipality = municipalities.get(i % municipalities.size());
				ChildInput input = child(random, names, municipality);
				Child child = new Child(ChildData.of(input, region.name()));
				child.replaceFamily(ChildService.family(input.family()));
				children.save(child);
				created++;
			}
		}
		audit.record(AuditAction.CREATE, ChildService.TARGET, null, "demo data: " + created + " fictional children");
		log.info("Demo children created: {}", created);
	}

	private static ChildInput child(Random random, FictionalNames names, MunicipalityView municipality) {
		FictionalNames.Name child = names.next();
		String[] kanji = child.kanji().split(" ");
		String[] kana = child.kana().split(" ");
		LocalDate birth = JapaneseDates.today().minusDays(30 + random.nextInt(365 * 20));
		String family = kanji[0];
		List<FamilyMemberInput> members = new ArrayList<>();
		int size = 1 + random.nextInt(2);
		for (int m = 0; m < size; m++) {
			String phone = "090-0000-%04d".formatted(random.nextInt(10000));
			members.add(new FamilyMemberInput(family + " " + names.next().kanji().split(" ")[1], null,
					RELATIONSHIPS[m % RELATIONSHIPS.length], phone, null, m == 0));
		}
		return new ChildInput(kanji[0], kanji[1], kana[0], kana[1], birth, Sex.values()[random.nextInt(2)], null,
				"架空町" + (1 + random.nextInt(9)) + "-" + (1 + random.nextInt(20)), municipality.code().value(),
				DIAGNOSES[random.nextInt(DIAGNOSES.length)], null, "見本 医師", "架空県立こども医療センター",
				SERVICES[random.nextInt(SERVICES.length)], school(SchoolAge.of(birth, JapaneseDates.today()), random), null,
				null, random.nextInt(4) == 0, members);
	}

	/** A plausible 就園・就学 status for the child's grade: regular or special-needs school at random. */
	private static String school(SchoolAge age, Random random) {
		boolean special = random.nextBoolean();
		if (age.grade() <= -3) {
			return "未就園";
		}
		if (age.grade() <= 0) {
			return special ? "児童発達支援（通園）" : "保育所・認定こども園";
		}
		if (age.grade() <= 6) {
			return special ? "特別支援学校 小学部" : "小学校";
		}
		if (age.grade() <= 9) {
			return special ? "特別支援学校 中学部" : "中学校";
		}
		return age.grade() <= 12 ? "特別支援学校 高等部" : "卒業・就労";
	}
}

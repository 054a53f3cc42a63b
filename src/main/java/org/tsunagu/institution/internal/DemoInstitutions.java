package org.tsunagu.institution.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.ContactInput;
import org.tsunagu.institution.InstitutionInput;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.WaitingStatus;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.JapaneseDates;

/**
 * Demo institutions: four core entries in every 圏域 (a hospital, a visiting nurse station, a short stay and one
 * more service), then the everyday rest of a region — clinics, nurseries, schools, day services, offices — so
 * that the directory holds a few hundred entries, as a prefecture's does. Obviously fictional names and 0000
 * phone numbers. Every short stay of 松本 accepts 人工呼吸器 (item 1), so the finder has something to find; the
 * further entries are never short stays, so that search stays as it is. Deterministic from the demo seed.
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoInstitutions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoInstitutions.class);

	private static final Map<String, String> REGION_KANA = Map.of("佐久", "サク", "上小", "ジョウショウ", "諏訪", "スワ",
			"上伊那", "カミイナ", "飯伊", "ハンイ", "木曽", "キソ", "松本", "マツモト", "大北", "ダイホク", "長野", "ナガノ", "北信",
			"ホクシン");

	private static final InstitutionKind[] FOURTH = { InstitutionKind.CHILD_DEVELOPMENT_SUPPORT,
			InstitutionKind.AFTER_SCHOOL_DAY_SERVICE, InstitutionKind.CONSULTATION_SUPPORT,
			InstitutionKind.SPECIAL_NEEDS_SCHOOL, InstitutionKind.NURSERY };

	private final InstitutionRepository institutions;

	private final ReferenceData reference;

	private final AuditLog audit;

	private final long seed;

	DemoInstitutions(InstitutionRepository institutions, ReferenceData reference, AuditLog audit,
			@Value("${tsunagu.demo.seed}") long seed) {
		this.institutions = institutions;
		this.reference = reference;
		this.audit = audit;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (institutions.count() > 0) {
			return;
		}
		Random random = new Random(seed + 70);
		int number = 0;
		for (RegionView region : reference.regions(false)) {
			List<MunicipalityView> municipalities = reference.municipalities(region.name());
			String kana = REGION_KANA.getOrDefault(region.name(), "ミホン");
			boolean matsumoto = "松本".equals(region.name());
			InstitutionKind fourth = matsumoto ? InstitutionKind.SHORT_STAY : FOURTH[number / 4 % FOURTH.length];
			List<Entry> entries = List.of(
					new Entry("架空" + region.name() + "こども医療センター", "カクウ" + kana + "コドモイリョウセンター",
							InstitutionKind.HOSPITAL),
					new Entry("見本" + region.name() + "訪問看護ステーション", "ミホン" + kana + "ホウモンカンゴステーション",
							InstitutionKind.VISITING_NURSE),
					new Entry("試験" + region.name() + "短期入所ホーム", "シケン" + kana + "タンキニュウショホーム",
							InstitutionKind.SHORT_STAY),
					new Entry("試験" + region.name() + "第二事業所", "シケン" + kana + "ダイニジギョウショ", fourth));
			for (Entry entry : entries) {
				number++;
				MunicipalityView municipality = municipalities.get(number % municipalities.size());
				InstitutionInput input = input(entry, number, municipality, random, matsumoto);
				institutions.save(new Institution(input, region.name()));
			}
		}
		number = addTheRest(number);
		audit.record(AuditAction.CREATE, InstitutionService.TARGET, null,
				"demo data: " + number + " fictional institutions");
		log.info("Demo institutions created: {}", number);
	}

	/** {@value #FURTHER_PER_REGION} further entries per 圏域, cycling through the everyday kinds. */
	private int addTheRest(int number) {
		Random random = new Random(seed + 71);
		for (RegionView region : reference.regions(false)) {
			List<MunicipalityView> municipalities = reference.municipalities(region.name());
			String kana = REGION_KANA.getOrDefault(region.name(), "ミホン");
			for (int i = 0; i < FURTHER_PER_REGION; i++) {
				Further kind = FURTHER[i % FURTHER.length];
				int serial = i / FURTHER.length + 1;
				number++;
				MunicipalityView municipality = municipalities.get(number % municipalities.size());
				Entry entry = new Entry("見本" + region.name() + kind.name() + serial,
						"ミホン" + kana + kind.kana() + serial, kind.kind());
				institutions.save(new Institution(input(entry, number, municipality, random, false), region.name()));
			}
		}
		return number;
	}

	static final int FURTHER_PER_REGION = 26;

	private static final Further[] FURTHER = { new Further("クリニック", "クリニック", InstitutionKind.CLINIC),
			new Further("こどもクリニック", "コドモクリニック", InstitutionKind.CLINIC),
			new Further("訪問看護ステーション分室", "ホウモンカンゴステーションブンシツ", InstitutionKind.VISITING_NURSE),
			new Further("児童発達支援センター", "ジドウハッタツシエンセンター", InstitutionKind.CHILD_DEVELOPMENT_SUPPORT),
			new Further("放課後等デイサービス", "ホウカゴトウデイサービス", InstitutionKind.AFTER_SCHOOL_DAY_SERVICE),
			new Further("居宅介護事業所", "キョタクカイゴジギョウショ", InstitutionKind.HOME_CARE),
			new Further("相談支援事業所", "ソウダンシエンジギョウショ", InstitutionKind.CONSULTATION_SUPPORT),
			new Further("保育園", "ホイクエン", InstitutionKind.NURSERY),
			new Further("小学校", "ショウガッコウ", InstitutionKind.SCHOOL),
			new Further("特別支援学校", "トクベツシエンガッコウ", InstitutionKind.SPECIAL_NEEDS_SCHOOL),
			new Further("子育て支援センター", "コソダテシエンセンター", InstitutionKind.PARENTING_SUPPORT_CENTER),
			new Further("町役場福祉課", "チョウヤクバフクシカ", InstitutionKind.MUNICIPAL_DIVISION),
			new Further("家族会", "カゾクカイ", InstitutionKind.ASSOCIATION) };

	private record Further(String name, String kana, InstitutionKind kind) {
	}

	private static InstitutionInput input(Entry entry, int number, MunicipalityView municipality, Random random,
			boolean matsumoto) {
		String phone = "0000-00-%04d".formatted(number);
		boolean welfare = entry.kind().field() == org.tsunagu.institution.InstitutionField.WELFARE;
		// One in four has not been confirmed for over a year, so that the 要確認 flag shows in the demo.
		LocalDate confirmed = JapaneseDates.today().minusDays(random.nextInt(4) == 0 ? 400 + random.nextInt(300)
				: random.nextInt(300));
		return new InstitutionInput(entry.name(), entry.kana(), entry.kind(),
				welfare ? "000000%04d".formatted(number) : null, null, "架空町" + (1 + random.nextInt(9)) + "-1",
				municipality.code().value(), phone, null, null, 0, entry.kind() == InstitutionKind.HOSPITAL ? 20 : 18,
				welfare ? 3 + random.nextInt(8) : null, WaitingStatus.values()[random.nextInt(4)], confirmed,
				isPublic(entry, number),
				null, List.of(new ContactInput("見本 担当" + number, "相談員", phone, null)),
				capabilities(entry.kind(), random, matsumoto));
	}

	/**
	 * Which entries the public finder shows: every 短期入所ホーム, never a 第二事業所 (so a short stay of 松本 that
	 * takes ventilators stays staff-only), two in three of the others.
	 */
	private static boolean isPublic(Entry entry, int number) {
		if (entry.name().endsWith("第二事業所")) {
			return false;
		}
		return entry.name().endsWith("短期入所ホーム") || number % 3 != 0;
	}

	/** Hospitals take everything; the others answer each item at random, short stays of 松本 take ventilators. */
	private static List<CapabilityInput> capabilities(InstitutionKind kind, Random random, boolean matsumoto) {
		List<CapabilityInput> answers = new ArrayList<>();
		for (int item = 1; item <= 14; item++) {
			Acceptance acceptance = kind == InstitutionKind.HOSPITAL ? Acceptance.ACCEPTS
					: Acceptance.values()[random.nextInt(3)];
			if (item == 1 && matsumoto && kind == InstitutionKind.SHORT_STAY) {
				acceptance = random.nextBoolean() ? Acceptance.ACCEPTS : Acceptance.CONDITIONAL;
			}
			String notes = acceptance == Acceptance.CONDITIONAL ? "日中のみ・事前の面談が必要" : null;
			answers.add(new CapabilityInput(item, acceptance, notes));
		}
		return answers;
	}

	private record Entry(String name, String kana, InstitutionKind kind) {
	}
}

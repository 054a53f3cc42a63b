package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
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
import org.tsunagu.registry.ConsentInput;
import org.tsunagu.registry.ConsentMethod;
import org.tsunagu.registry.ConsentPurpose;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.registry.InstitutionKind;
import org.tsunagu.shared.JapaneseDates;

/**
 * Demo only: consents and emergency information for the fictional demo children, so the consent tab, the
 * 関係機関 users' view and the 緊急時情報シート show something. Runs after the demo children are generated,
 * once (a restart keeps the data), deterministic from the demo seed.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class RegistryDemoConsents implements ApplicationRunner {

	static final String NURSING_STATION = "架空訪問看護ステーションみほん";

	static final String DEVELOPMENT_CENTER = "見本こども発達支援センター";

	private static final String RECORDER = "デモデータ";

	private static final Logger log = LoggerFactory.getLogger(RegistryDemoConsents.class);

	private final ChildRepository children;

	private final ConsentRepository consents;

	private final EmergencyInfoRepository infos;

	private final long seed;

	RegistryDemoConsents(ChildRepository children, ConsentRepository consents, EmergencyInfoRepository infos,
			@Value("${tsunagu.demo.seed}") long seed) {
		this.children = children;
		this.consents = consents;
		this.infos = infos;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (consents.count() > 0) {
			return;
		}
		Random random = new Random(seed);
		LocalDate today = JapaneseDates.today();
		// Sorted by name so the same seed gives the same consents whatever order the rows come back in.
		List<Child> all = children.findAll(Sort.by("familyNameKana", "givenNameKana", "birthDate"));
		int matsumoto = 0;
		int nagano = 0;
		for (Child child : all) {
			LocalDate given = today.minusDays(30 + random.nextInt(700));
			save(child, ConsentPurpose.REGISTRY, null, null, given, null);
			if (random.nextInt(10) < 8) {
				save(child, ConsentPurpose.CONTACT, null, null, given, null);
				save(child, ConsentPurpose.SHARE_PREFECTURE, null, null, given, null);
			}
			if ("松本".equals(child.getRegionName()) && matsumoto++ < 3) {
				share(child, NURSING_STATION, InstitutionKind.VISITING_NURSING, given, matsumoto);
			}
			else if ("長野".equals(child.getRegionName()) && nagano++ < 3) {
				share(child, DEVELOPMENT_CENTER, InstitutionKind.WELFARE_SERVICE, given, nagano);
			}
			infos.save(DemoEmergencyInfo.forChild(child, random));
		}
		log.info("Demo consents and emergency information created for {} children", all.size());
	}

	/** The third shared child of each organisation shows a past state: one withdrawn, one expired. */
	private void share(Child child, String organisation, InstitutionKind kind, LocalDate given, int number) {
		boolean expired = number == 3 && organisation.equals(DEVELOPMENT_CENTER);
		LocalDate expiresOn = expired ? JapaneseDates.today().minusDays(1) : given.plusYears(3);
		Consent consent = save(child, ConsentPurpose.SHARE_INSTITUTION, organisation, kind, given, expiresOn);
		if (number == 3 && organisation.equals(NURSING_STATION)) {
			consent.withdraw(JapaneseDates.today().minusDays(7), "家族の申し出（デモ）");
		}
	}

	private Consent save(Child child, ConsentPurpose purpose, @Nullable String organisation,
			@Nullable InstitutionKind kind, LocalDate given, @Nullable LocalDate expiresOn) {
		ConsentMethod method = purpose == ConsentPurpose.CONTACT ? ConsentMethod.ORAL : ConsentMethod.WRITTEN;
		return consents.save(new Consent(child.getId(), new ConsentInput(purpose, organisation, kind, given, method,
				expiresOn == null || !expiresOn.isBefore(given) ? expiresOn : given), RECORDER));
	}
}

package org.tsunagu.institution.internal;

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
import org.tsunagu.institution.CoordinatorInput;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.FictionalNames;

/**
 * Demo coordinators with fictional names: two in most 圏域, one covering only some municipalities in a few,
 * none in 木曽 and one inactive, so that the coverage table shows gaps. Created once.
 */
@Component
@Order(72)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoCoordinators implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCoordinators.class);

	private static final String COURSE = "医療的ケア児等コーディネーター養成研修（見本）";

	private final CoordinatorRepository coordinators;

	private final InstitutionRepository institutions;

	private final ReferenceData reference;

	private final AuditLog audit;

	private final long seed;

	DemoCoordinators(CoordinatorRepository coordinators, InstitutionRepository institutions, ReferenceData reference,
			AuditLog audit, @Value("${tsunagu.demo.seed}") long seed) {
		this.coordinators = coordinators;
		this.institutions = institutions;
		this.reference = reference;
		this.audit = audit;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (coordinators.count() > 0) {
			return;
		}
		Random random = new Random(seed + 72);
		FictionalNames names = new FictionalNames(seed + 72);
		List<Institution> all = institutions.findAll(Sort.by("kana"));
		int count = 0;
		int index = 0;
		java.util.Set<String> keys = new java.util.HashSet<>();
		for (RegionView region : reference.regions(false)) {
			index++;
			if ("木曽".equals(region.name())) {
				continue;
			}
			List<MunicipalityView> municipalities = reference.municipalities(region.name())
				.stream()
				.filter(m -> !m.retired())
				.toList();
			Institution organisation = all.stream()
				.filter(i -> i.getRegionName().equals(region.name()))
				.filter(i -> i.getKind() == InstitutionKind.HOSPITAL || i.getKind() == InstitutionKind.CONSULTATION_SUPPORT)
				.findFirst()
				.orElse(null);
			int people = index % 3 == 0 ? 1 : 2;
			for (int p = 0; p < people; p++) {
				// In every third 圏域 the only coordinator covers just the first municipalities: the rest are gaps.
				List<String> covered = people == 1 && municipalities.size() > 2
						? municipalities.subList(0, 2).stream().map(m -> m.code().value()).toList() : List.of();
				FictionalNames.Name name = names.next();
				while (!keys.add(Coordinator.naturalKey(name.kanji(), name.kana(), region.name()))) {
					name = names.next();
				}
				Coordinator coordinator = new Coordinator(new CoordinatorInput(name.kanji(), name.kana(),
						organisation == null ? null : organisation.getId(), organisation == null ? "架空相談支援センター" : null,
						region.name(), covered, COURSE, 2019 + random.nextInt(7), null),
						organisation == null ? null : organisation.getName());
				if (count == 3) {
					coordinator.deactivate();
				}
				coordinators.save(coordinator);
				count++;
			}
		}
		audit.record(AuditAction.CREATE, CoordinatorService.TARGET, null, "demo data: " + count + " coordinators");
		log.info("Demo coordinators created: {}", count);
	}
}

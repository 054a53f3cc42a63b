package org.tsunagu.consultation.internal;

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
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.DispatchRequest;
import org.tsunagu.consultation.SupervisorKind;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.identity.UserSummary;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.JapaneseDates;

/**
 * Demo supervisor dispatches over the last year: requests from fictional nurseries and schools, approved by
 * the director, visited by the demo nurse or a fictional doctor, a few still waiting for approval.
 * Deterministic from the demo seed; created once.
 */
@Component
@Order(62)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoDispatches implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDispatches.class);

	static final int COUNT = 18;

	private static final String[] REQUESTERS = { "（架空）みほん保育園", "（架空）見本小学校", "（架空）サンプル放課後等デイサービス" };

	private static final String[] TOPICS = { "（架空）たんの吸引の手技について助言がほしい。", "（架空）経管栄養の児の受け入れ体制について。",
			"（架空）人工呼吸器の児の災害時対応について。" };

	private final DispatchRepository dispatches;

	private final ReferenceData reference;

	private final UserManagement users;

	private final long seed;

	DemoDispatches(DispatchRepository dispatches, ReferenceData reference, UserManagement users,
			@Value("${tsunagu.demo.seed}") long seed) {
		this.dispatches = dispatches;
		this.reference = reference;
		this.users = users;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<RegionView> regions = reference.regions(false);
		List<UserSummary> nurses = users.findUsers(Role.NURSE, null, Pageable.ofSize(5)).getContent();
		if (dispatches.count() > 0 || regions.isEmpty()) {
			return;
		}
		Random random = new Random(seed + 62);
		LocalDate today = JapaneseDates.today();
		for (int i = 0; i < COUNT; i++) {
			LocalDate requested = today.minusDays(5 + 20L * i);
			String requester = REQUESTERS[i % REQUESTERS.length];
			SupervisorDispatch dispatch = new SupervisorDispatch(new DispatchRequest(requested, requester,
					"（架空）担当 見本", requester + "（" + regions.get(i % regions.size()).name() + "）",
					regions.get(i % regions.size()).name(), null, TOPICS[random.nextInt(TOPICS.length)],
					"（架空）平日午前"), regions.get(i % regions.size()).name());
			if (i > 1) {
				dispatch.decide(true, "（架空）派遣します。", "デモ センター長");
				LocalDate visit = requested.plusDays(14);
				if (i % 3 == 0 || nurses.isEmpty()) {
					dispatch.assign(null, "（架空）見本 医師", SupervisorKind.DOCTOR, visit);
				}
				else {
					dispatch.assign(nurses.get(0).id(), nurses.get(0).displayName(), SupervisorKind.NURSE, visit);
				}
				if (visit.isBefore(today)) {
					dispatch.recordVisit("（架空）手技を確認し、手順書の見直しを助言した。");
					if (i % 2 == 0) {
						dispatch.recordFollowUp("（架空）1か月後に電話で状況を確認した。");
					}
				}
			}
			dispatches.save(dispatch);
		}
		log.info("Created {} demo supervisor dispatches", COUNT);
	}
}

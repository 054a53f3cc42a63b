package org.tsunagu.registry.internal;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.registry.DisasterPlanInput;
import org.tsunagu.registry.EvacuationDecision;
import org.tsunagu.registry.LifeStage;
import org.tsunagu.registry.MunicipalityPlanStatus;
import org.tsunagu.registry.PlanHelperInput;
import org.tsunagu.registry.ReferralOutcome;
import org.tsunagu.registry.SchoolAge;
import org.tsunagu.registry.TransitionReferralInput;
import org.tsunagu.registry.TransitionTopic;
import org.tsunagu.shared.JapaneseDates;

/**
 * Demo disaster plans and life stages: about two thirds of the demo children get a plan (made and recent, in
 * progress, or older than a year), recorded stages matching their age, and some from 15 a transition
 * checklist and referral. Fictional; deterministic from the demo seed; created once.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoDisasterPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDisasterPlans.class);

	private final ChildRepository children;

	private final DisasterPlanRepository plans;

	private final LifeStageEventRepository events;

	private final TransitionItemRepository items;

	private final TransitionReferralRepository referrals;

	private final long seed;

	DemoDisasterPlans(ChildRepository children, DisasterPlanRepository plans, LifeStageEventRepository events,
			TransitionItemRepository items, TransitionReferralRepository referrals,
			@Value("${tsunagu.demo.seed}") long seed) {
		this.children = children;
		this.plans = plans;
		this.events = events;
		this.items = items;
		this.referrals = referrals;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (plans.count() > 0) {
			return;
		}
		Random random = new Random(seed + 50);
		LocalDate today = JapaneseDates.today();
		int planned = 0;
		for (Child child : children.findAll()) {
			if (random.nextInt(3) < 2) {
				plans.save(new DisasterPlan(child.getId(), plan(random, today)));
				planned++;
			}
			stages(child, today);
			if (SchoolAge.of(child.getBirthDate(), today).age() >= 15 && random.nextBoolean()) {
				transition(child, random, today);
			}
		}
		log.info("Demo disaster plans created: {}", planned);
	}

	private static DisasterPlanInput plan(Random random, LocalDate today) {
		int kind = random.nextInt(3);
		MunicipalityPlanStatus status = kind == 1 ? MunicipalityPlanStatus.IN_PROGRESS : MunicipalityPlanStatus.DONE;
		// kind 2: made more than a year ago and never reviewed, so it shows on the work list
		LocalDate date = kind == 1 ? null : today.minusDays(kind == 0 ? 30 + random.nextInt(200) : 400 + random.nextInt(300));
		return new DisasterPlanInput(status, date, "人工呼吸器、吸引器（架空）", 4 + random.nextInt(9), "外部バッテリー、車からの給電",
				random.nextBoolean(), EvacuationDecision.values()[random.nextInt(EvacuationDecision.values().length)],
				"架空市立病院", "自家用車（車いす対応）",
				List.of(new PlanHelperInput("見本 一郎", "近所", "090-0000-" + (1000 + random.nextInt(9000)))),
				3 + random.nextInt(12), null, null);
	}

	private void stages(Child child, LocalDate today) {
		LocalDate born = child.getBirthDate();
		record(child, LifeStage.NICU_DISCHARGE, born.plusDays(60), today);
		record(child, LifeStage.HOME_CARE_START, born.plusDays(75), today);
		LocalDate entry = StageCalendar.schoolEntry(born);
		record(child, LifeStage.SCHOOL_CONSULTATION, entry.minusMonths(10), today);
		record(child, LifeStage.SCHOOL_ENTRY, entry, today);
	}

	private void record(Child child, LifeStage stage, LocalDate on, LocalDate today) {
		if (!on.isAfter(today)) {
			LifeStageEvent event = new LifeStageEvent(child.getId(), stage, on);
			event.happened(on, null, today);
			events.save(event);
		}
	}

	private void transition(Child child, Random random, LocalDate today) {
		for (TransitionTopic topic : TransitionTopic.values()) {
			TransitionItem item = new TransitionItem(child.getId(), topic);
			item.mark(random.nextBoolean(), today.minusDays(random.nextInt(300)), today);
			items.save(item);
		}
		TransitionReferral referral = new TransitionReferral(child.getId());
		referral.apply(new TransitionReferralInput(today.minusDays(120), "見本 相談員（架空）",
				ReferralOutcome.values()[random.nextInt(ReferralOutcome.values().length)], null, null));
		referrals.save(referral);
	}
}

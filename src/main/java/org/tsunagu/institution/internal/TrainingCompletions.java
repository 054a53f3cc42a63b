package org.tsunagu.institution.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsunagu.institution.CoordinatorInput;
import org.tsunagu.institution.CoordinatorManagement;
import org.tsunagu.training.CoordinatorQualified;

/**
 * Takes someone who completed the コーディネーター養成研修 into the coordinator roster when training staff add them.
 * It runs in the training action's own transaction, as the same user: either both records change or neither,
 * and the roster's 圏域 rules apply to that user. Adding the same person again changes nothing.
 */
@Component
class TrainingCompletions {

	static final String COORDINATOR_COURSE = "医療的ケア児等コーディネーター養成研修";

	private final CoordinatorManagement coordinators;

	TrainingCompletions(CoordinatorManagement coordinators) {
		this.coordinators = coordinators;
	}

	@EventListener
	void on(CoordinatorQualified event) {
		coordinators.register(CoordinatorInput.fromTraining(event.name(), event.kana(), null, event.organisation(),
				event.region(), COORDINATOR_COURSE, event.courseYear()));
	}
}

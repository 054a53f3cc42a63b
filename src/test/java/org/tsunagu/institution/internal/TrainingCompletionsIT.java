package org.tsunagu.institution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.identity.Role;
import org.tsunagu.institution.CoordinatorFilter;
import org.tsunagu.institution.CoordinatorManagement;
import org.tsunagu.institution.CoordinatorView;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;
import org.tsunagu.training.CoordinatorQualified;

/**
 * Someone the training staff add to the coordinator roster appears in it once, with the course and year, however
 * often they are added; if the training action rolls back, the roster does not change either.
 */
@DatabaseTest
class TrainingCompletionsIT {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void aQualifiedCoordinatorJoinsTheRosterOnce() {
		CoordinatorQualified qualified = new CoordinatorQualified(java.util.UUID.randomUUID(), "見本 修了", "みほん しゅうりょう",
				"架空相談支援事業所みほん", "木曽", 2026);
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> events.publishEvent(qualified));
		transaction.executeWithoutResult(status -> events.publishEvent(qualified));

		assertThat(roster("見本 修了")).singleElement().satisfies(coordinator -> {
			assertThat(coordinator.regionName()).isEqualTo("木曽");
			assertThat(coordinator.organisationName()).isEqualTo("架空相談支援事業所みほん");
			assertThat(coordinator.completedYear()).isEqualTo(2026);
			assertThat(coordinator.course()).isEqualTo(TrainingCompletions.COORDINATOR_COURSE);
		});
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void aRolledBackTrainingActionLeavesTheRosterAsItWas() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			events.publishEvent(new CoordinatorQualified(java.util.UUID.randomUUID(), "見本 取消", "みほん とりけし",
					"架空相談支援事業所みほん", "木曽", 2026));
			status.setRollbackOnly();
		});

		assertThat(roster("見本 取消")).isEmpty();
	}

	private java.util.List<CoordinatorView> roster(String name) {
		return coordinators.search(CoordinatorFilter.none()).stream().filter(c -> c.name().equals(name)).toList();
	}
}

package org.tsunagu.consultation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.SearchIndexStatus;

/**
 * Fills an empty search index on start — a new installation, a deleted {@code ./data/index}, a test on a
 * database that already has rows. Runs after the demo data (whose rows are indexed as they are saved).
 */
@Component
@Order(1000)
class SearchIndexInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

	private final ConsultationSearchService search;

	SearchIndexInitializer(ConsultationSearchService search) {
		this.search = search;
	}

	@Override
	public void run(ApplicationArguments args) {
		SearchIndexStatus status = search.currentStatus();
		if (status.indexed() == 0 && status.stored() > 0) {
			log.info("Consultation search index is empty, {} consultations stored: rebuilding", status.stored());
			search.rebuild();
		}
	}
}

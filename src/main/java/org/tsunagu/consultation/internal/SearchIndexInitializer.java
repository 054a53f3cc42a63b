package org.tsunagu.consultation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tsunagu.consultation.SearchIndexStatus;

/**
 * Fills the search index on start when it does not hold what the database holds — a new installation, a
 * deleted {@code ./data/index}, a test on a database that already has rows, rows loaded around the application
 * (the national data generator, a restore into a new database). Runs after the demo data (whose rows are
 * indexed as they are saved, so a few indexed documents do not mean the index is complete).
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
		if (status.indexed() != status.stored()) {
			log.info("Consultation search index holds {} documents, the database {} consultations and cases: rebuilding",
					status.indexed(), status.stored());
			search.rebuild();
		}
	}
}

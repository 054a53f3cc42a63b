package org.tsunagu.registry.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.tsunagu.reference.ReferenceData;

/**
 * Hands out the calculator for the 判定スコア table in force on a date, from the reference data (which is
 * held in memory, so building one per call is cheap and always sees an administrator's latest edit).
 */
@Component
class CareScoring {

	private final ReferenceData reference;

	private final CareScoreSettings settings;

	CareScoring(ReferenceData reference, CareScoreSettings settings) {
		this.reference = reference;
		this.settings = settings;
	}

	CareScoreCalculator on(LocalDate date) {
		return CareScoreCalculator.on(date, reference.careScoreItems(), settings);
	}
}

package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.tsunagu.registry.StageStatus;

/**
 * Which foreseen stages of a child are due now: within their lead time and not yet recorded. Pure.
 */
final class HandoverAlerts {

	private final StageCalendar calendar;

	HandoverAlerts(StageCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * The due handovers of a child.
	 *
	 * @param recorded the stages already recorded, matched by the expected stage's message key
	 */
	List<ExpectedStage> due(LocalDate birthDate, Collection<String> recorded, LocalDate today) {
		return calendar.expected(birthDate)
			.stream()
			.filter(stage -> !recorded.contains(stage.labelKey()))
			.filter(stage -> StageCalendar.status(stage, null, today) == StageStatus.DUE_SOON)
			.toList();
	}
}

package org.tsunagu.training;

import java.util.Map;
import java.util.UUID;

/**
 * Training applications and completions in numbers; keys with no application are absent. Every application
 * counts, whatever its status (受付, 受講決定, キャンセル待ち, 受講不可, 取消); a completion is an application
 * that has completed the offering.
 *
 * @param courses course id → course title, for the courses with an application
 * @param applicationsByCourse course id → applications
 * @param completionsByCourse course id → completions
 * @param applicationsByRegion the applicant's 圏域 → applications
 * @param completionsByRegion the applicant's 圏域 → completions
 */
public record TrainingFigures(Map<UUID, String> courses, Map<UUID, Long> applicationsByCourse,
		Map<UUID, Long> completionsByCourse, Map<String, Long> applicationsByRegion,
		Map<String, Long> completionsByRegion) {

	public TrainingFigures {
		courses = Map.copyOf(courses);
		applicationsByCourse = Map.copyOf(applicationsByCourse);
		completionsByCourse = Map.copyOf(completionsByCourse);
		applicationsByRegion = Map.copyOf(applicationsByRegion);
		completionsByRegion = Map.copyOf(completionsByRegion);
	}

	public static TrainingFigures none() {
		return new TrainingFigures(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
	}
}

package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The latest care assessment of a child in short, for pages and documents that show it (the child page,
 * the 緊急時情報シート, the power-dependency list).
 *
 * @param assessedOn date of the assessment
 * @param score 医療的ケア判定スコア total
 * @param careClassKey message key of the 区分 (e.g. {@code registry.careClass.CLASS_2})
 * @param careItems the care items with their 見守り level, in item order, as display text
 * @param devices medical devices with model, settings and battery hours, as display text
 * @param powerDependent whether a ventilator, suction or other care depends on electric power
 */
public record CareSummary(LocalDate assessedOn, int score, String careClassKey, List<String> careItems,
		List<String> devices, boolean powerDependent) {

	public CareSummary {
		careItems = List.copyOf(careItems);
		devices = List.copyOf(devices);
	}
}

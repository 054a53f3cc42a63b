package org.tsunagu.registry;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One scoring row of the current 判定スコア table as a form offers it: the row's key, its labels from the
 * reference data and the 見守り levels that exist for it with their points.
 *
 * @param itemNo the category number 1–14
 * @param subItem the sub-item number, 0 when the category has none
 * @param category the 医療的ケア
 * @param subItemLabel the sub-item, or null
 * @param base the 基本スコア
 * @param watchHigh 見守り高 points, or null when the level does not exist
 * @param watchMid 見守り中 points, or null
 * @param watchLow 見守り低 points, or null
 */
public record CareItemOption(int itemNo, int subItem, String category, @Nullable String subItemLabel, int base,
		@Nullable Integer watchHigh, @Nullable Integer watchMid, @Nullable Integer watchLow) {

	/** The levels that exist for this row, highest first. */
	public List<CareLevel> levels() {
		List<CareLevel> levels = new ArrayList<>();
		for (CareLevel level : CareLevel.values()) {
			if (watch(level) != null) {
				levels.add(level);
			}
		}
		return levels;
	}

	/** The 見守り points of a level, or null when the row does not have it. */
	public @Nullable Integer watch(CareLevel level) {
		return switch (level) {
			case HIGH -> watchHigh;
			case MID -> watchMid;
			case LOW -> watchLow;
		};
	}

	/** Whether the physician has to choose a level (more than one exists). */
	public boolean hasChoice() {
		return levels().size() > 1;
	}

	/** The row as one line of text. */
	public String label() {
		return subItemLabel == null ? category : category + " " + subItemLabel;
	}
}

package org.tsunagu.registry;

import org.jspecify.annotations.Nullable;

/**
 * The points of one scoring row of an assessment.
 *
 * @param itemNo the category number 1–14
 * @param subItem the sub-item number, 0 when the category has none
 * @param category the 医療的ケア as the reference table names it
 * @param subItemLabel the sub-item as the table names it, or null
 * @param level the 見守り level chosen
 * @param base the 基本スコア
 * @param watch the 見守りスコア counted (0 for 気管切開 together with 人工呼吸器)
 * @param points base plus watch
 */
public record CareScoreRow(int itemNo, int subItem, String category, @Nullable String subItemLabel, CareLevel level,
		int base, int watch, int points) {

	public CareScoreRow {
		if (points != base + watch) {
			throw new IllegalArgumentException("Points must be base + watch");
		}
	}

	/** The row as one line of text: 経管栄養 (1) 経鼻胃管…. */
	public String label() {
		return subItemLabel == null ? category : category + " " + subItemLabel;
	}

	/**
	 * The row without the table's explanations in brackets and sub-item numbers, for summaries and sheets:
	 * 人工呼吸器の管理, 経管栄養 持続経管注入ポンプ使用.
	 */
	public String shortLabel() {
		String text = withoutNote(category);
		if (subItemLabel == null) {
			return text;
		}
		return text + " " + withoutNote(subItemLabel.replaceFirst("^\\(\\d\\)\\s*", ""));
	}

	private static String withoutNote(String text) {
		int note = text.indexOf(" (");
		return note < 0 ? text : text.substring(0, note);
	}
}

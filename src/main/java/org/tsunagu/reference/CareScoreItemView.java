package org.tsunagu.reference;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One scoring row of the 医療的ケア判定スコア (新判定スコア, 令和3年度報酬改定): the care itself scores
 * {@code base}, plus the 見守りスコア the physician chose. A null 見守り value means that level does not
 * exist for the row.
 *
 * @param itemNo the category number 1–14 (①–⑭)
 * @param category the 医療的ケア, e.g. 経管栄養
 * @param subItem the sub-item, e.g. (2) 持続経管注入ポンプ使用, or null when the category has none
 * @param base the 基本スコア
 * @param watchHigh the 見守りスコア 高, or null
 * @param watchMid the 見守りスコア 中, or null (only 人工呼吸器 has it)
 * @param watchLow the 見守りスコア 低, or null
 * @param effectiveFrom the first day this version of the table applies
 * @param sortOrder display order
 */
public record CareScoreItemView(int itemNo, String category, @Nullable String subItem, int base,
		@Nullable Integer watchHigh, @Nullable Integer watchMid, @Nullable Integer watchLow, LocalDate effectiveFrom,
		int sortOrder) {
}

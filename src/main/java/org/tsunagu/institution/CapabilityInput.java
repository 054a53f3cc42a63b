package org.tsunagu.institution;

import org.jspecify.annotations.Nullable;

/**
 * Whether an institution accepts one 判定スコア category.
 *
 * @param itemNo the category 1–14
 * @param acceptance 可, 条件付き or 不可
 * @param notes the conditions, e.g. 日中のみ
 */
public record CapabilityInput(int itemNo, Acceptance acceptance, @Nullable String notes) {

	public CapabilityInput {
		if (itemNo < 1 || itemNo > 14) {
			throw new IllegalArgumentException("itemNo must be 1–14: " + itemNo);
		}
	}
}

package org.tsunagu.registry;

import java.util.Objects;

/**
 * One care item the physician marked, with the 見守り level chosen.
 *
 * @param itemNo the category number 1–14 (①–⑭)
 * @param subItem the sub-item number 1–3 of categories ⑦, ⑨, ⑫ and ⑬, or 0 for a category without sub-items
 * @param level the 見守り level
 */
public record CareSelection(int itemNo, int subItem, CareLevel level) {

	public CareSelection {
		if (itemNo < 1 || itemNo > 14) {
			throw new InvalidCareSelectionException("Care item number must be 1 to 14, was " + itemNo);
		}
		if (subItem < 0) {
			throw new InvalidCareSelectionException("Sub-item must not be negative, was " + subItem);
		}
		Objects.requireNonNull(level, "level");
	}
}

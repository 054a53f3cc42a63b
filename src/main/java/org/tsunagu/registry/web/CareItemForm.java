package org.tsunagu.registry.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.CareItemOption;
import org.tsunagu.registry.CareLevel;

/**
 * One row of the assessment form: 該当 and the 見守り level chosen.
 */
public class CareItemForm {

	private int itemNo;

	private int subItem;

	private boolean selected;

	private @Nullable CareLevel level;

	static CareItemForm of(CareItemOption option) {
		CareItemForm form = new CareItemForm();
		form.itemNo = option.itemNo();
		form.subItem = option.subItem();
		return form;
	}

	/** The level to score: the one chosen, or the only one the row has. */
	@Nullable
	CareLevel effectiveLevel(CareItemOption option) {
		if (level != null && option.levels().contains(level)) {
			return level;
		}
		return option.hasChoice() ? null : option.levels().get(0);
	}

	public int getItemNo() {
		return itemNo;
	}

	public void setItemNo(int itemNo) {
		this.itemNo = itemNo;
	}

	public int getSubItem() {
		return subItem;
	}

	public void setSubItem(int subItem) {
		this.subItem = subItem;
	}

	public boolean isSelected() {
		return selected;
	}

	public void setSelected(boolean selected) {
		this.selected = selected;
	}

	public @Nullable CareLevel getLevel() {
		return level;
	}

	public void setLevel(@Nullable CareLevel level) {
		this.level = level;
	}
}

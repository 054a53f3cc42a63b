package org.tsunagu.registry.internal;

import org.tsunagu.registry.CareLevel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One row counted in an assessment, with the points it gave then (the table may change later; the record
 * keeps what was computed).
 */
@Embeddable
class AssessedItem {

	@Column(name = "item_no", nullable = false)
	private int itemNo;

	@Column(name = "sub_item", nullable = false)
	private int subItem;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CareLevel level = CareLevel.LOW;

	@Column(nullable = false)
	private int points;

	protected AssessedItem() {
	}

	AssessedItem(int itemNo, int subItem, CareLevel level, int points) {
		this.itemNo = itemNo;
		this.subItem = subItem;
		this.level = level;
		this.points = points;
	}

	int getItemNo() {
		return itemNo;
	}

	int getSubItem() {
		return subItem;
	}

	CareLevel getLevel() {
		return level;
	}

	int getPoints() {
		return points;
	}
}

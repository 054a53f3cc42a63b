package org.tsunagu.reference.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tsunagu.reference.CareScoreItemView;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One scoring row of the 医療的ケア判定スコア. Rows are versioned by {@code effectiveFrom}: a revised table
 * is added with a new date, so scores given under the old table can still be explained.
 */
@Entity
@Table(name = "reference_care_score_items")
public class CareScoreItem extends AuditedEntity {

	@Column(name = "item_no", nullable = false, updatable = false)
	private int itemNo;

	@Column(nullable = false, length = 200, updatable = false)
	private String category;

	@Column(name = "sub_item", length = 200, updatable = false)
	private @Nullable String subItem;

	@Column(nullable = false, updatable = false)
	private int base;

	@Column(name = "watch_high", updatable = false)
	private @Nullable Integer watchHigh;

	@Column(name = "watch_mid", updatable = false)
	private @Nullable Integer watchMid;

	@Column(name = "watch_low", updatable = false)
	private @Nullable Integer watchLow;

	@Column(name = "effective_from", nullable = false, updatable = false)
	private LocalDate effectiveFrom;

	@Column(name = "sort_order", nullable = false, updatable = false)
	private int sortOrder;

	protected CareScoreItem() {
		this.category = "";
		this.effectiveFrom = LocalDate.EPOCH;
	}

	CareScoreItem(CareScoreItemView row) {
		if (row.itemNo() < 1 || row.itemNo() > 14) {
			throw new IllegalArgumentException("A care score item number is 1-14: " + row.itemNo());
		}
		this.itemNo = row.itemNo();
		this.category = row.category();
		this.subItem = row.subItem();
		this.base = row.base();
		this.watchHigh = row.watchHigh();
		this.watchMid = row.watchMid();
		this.watchLow = row.watchLow();
		this.effectiveFrom = row.effectiveFrom();
		this.sortOrder = row.sortOrder();
	}

	CareScoreItemView toView() {
		return new CareScoreItemView(itemNo, category, subItem, base, watchHigh, watchMid, watchLow, effectiveFrom,
				sortOrder);
	}

	public int getItemNo() {
		return itemNo;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public int getSortOrder() {
		return sortOrder;
	}
}

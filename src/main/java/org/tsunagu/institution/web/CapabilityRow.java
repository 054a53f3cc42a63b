package org.tsunagu.institution.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.Acceptance;

import jakarta.validation.constraints.Size;

/**
 * One 判定スコア category in the capability table of the institution form; no acceptance means 未確認.
 */
public class CapabilityRow {

	private int itemNo;

	private @Nullable Acceptance acceptance;

	@Size(max = 500, message = "{institution.capability.notes.size}")
	private @Nullable String notes;

	public CapabilityRow() {
	}

	CapabilityRow(int itemNo, @Nullable Acceptance acceptance, @Nullable String notes) {
		this.itemNo = itemNo;
		this.acceptance = acceptance;
		this.notes = notes;
	}

	public int getItemNo() {
		return itemNo;
	}

	public void setItemNo(int itemNo) {
		this.itemNo = itemNo;
	}

	public @Nullable Acceptance getAcceptance() {
		return acceptance;
	}

	public void setAcceptance(@Nullable Acceptance acceptance) {
		this.acceptance = acceptance;
	}

	public @Nullable String getNotes() {
		return notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}
}

package org.tsunagu.consultation.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.CaseFilter;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseStatus;

/**
 * The case list's filters as request parameters (short names, so a filtered list can be bookmarked).
 */
public class CaseFilterForm {

	private @Nullable String q;

	private @Nullable String region;

	private @Nullable CaseStatus status;

	private @Nullable CasePriority priority;

	private boolean mine;

	private boolean overdue;

	private boolean open;

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}

	public @Nullable String getRegion() {
		return region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable CaseStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable CaseStatus status) {
		this.status = status;
	}

	public @Nullable CasePriority getPriority() {
		return priority;
	}

	public void setPriority(@Nullable CasePriority priority) {
		this.priority = priority;
	}

	public boolean isMine() {
		return mine;
	}

	public void setMine(boolean mine) {
		this.mine = mine;
	}

	public boolean isOverdue() {
		return overdue;
	}

	public void setOverdue(boolean overdue) {
		this.overdue = overdue;
	}

	public boolean isOpen() {
		return open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	CaseFilter toFilter(UUID me) {
		return new CaseFilter(q, region, status, priority, mine ? me : null, overdue, open);
	}
}

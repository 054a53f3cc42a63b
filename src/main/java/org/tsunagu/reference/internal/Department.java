package org.tsunagu.reference.internal;

import org.jspecify.annotations.Nullable;
import org.tsunagu.reference.DepartmentView;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A member of the 庁内連携会議 (別表): a 課 of a prefectural 部局, or an organisation without one (the
 * 支援センター itself). Departments are retired when the prefecture reorganises, never deleted.
 */
@Entity
@Table(name = "reference_departments")
public class Department extends AuditedEntity {

	@Column(length = 100)
	private @Nullable String bureau;

	@Column(nullable = false, length = 100)
	private String division;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean retired;

	protected Department() {
		this.division = "";
	}

	Department(@Nullable String bureau, String division, int sortOrder) {
		this.bureau = blankToNull(bureau);
		this.division = division;
		this.sortOrder = sortOrder;
	}

	/** Renames the department or moves it in the list. */
	void change(@Nullable String bureau, String division, int sortOrder) {
		this.bureau = blankToNull(bureau);
		this.division = division;
		this.sortOrder = sortOrder;
	}

	/** Retires the department or brings it back. */
	void markRetired(boolean retired) {
		this.retired = retired;
	}

	DepartmentView toView() {
		return new DepartmentView(getId(), bureau, division, sortOrder, retired);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public @Nullable String getBureau() {
		return bureau;
	}

	public String getDivision() {
		return division;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public boolean isRetired() {
		return retired;
	}
}

package org.tsunagu.reference.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.reference.internal.Department;
import org.tsunagu.reference.internal.DepartmentChange;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form to add or edit a 庁内連携会議 department. The 部局 may be empty (the 支援センター has none). It
 * carries the version the administrator saw.
 */
public class DepartmentForm {

	@Size(max = 100, message = "{reference.department.bureau.size}")
	private @Nullable String bureau;

	@NotBlank(message = "{reference.department.division.required}")
	@Size(max = 100, message = "{reference.department.division.size}")
	private String division = "";

	@NotNull(message = "{reference.sortOrder.required}")
	@Min(value = 0, message = "{reference.sortOrder.range}")
	@Max(value = 9999, message = "{reference.sortOrder.range}")
	private @Nullable Integer sortOrder;

	private boolean retired;

	private long version;

	static DepartmentForm of(Department department) {
		DepartmentForm form = new DepartmentForm();
		form.bureau = department.getBureau();
		form.division = department.getDivision();
		form.sortOrder = department.getSortOrder();
		form.retired = department.isRetired();
		form.version = department.getVersion();
		return form;
	}

	DepartmentChange toChange() {
		return new DepartmentChange(bureau, division, sortOrder == null ? 0 : sortOrder, retired, version);
	}

	public @Nullable String getBureau() {
		return bureau;
	}

	public void setBureau(@Nullable String bureau) {
		this.bureau = bureau;
	}

	public String getDivision() {
		return division;
	}

	public void setDivision(String division) {
		this.division = division;
	}

	public @Nullable Integer getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(@Nullable Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public boolean isRetired() {
		return retired;
	}

	public void setRetired(boolean retired) {
		this.retired = retired;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}

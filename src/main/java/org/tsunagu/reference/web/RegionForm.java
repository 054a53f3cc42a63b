package org.tsunagu.reference.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.reference.internal.Region;
import org.tsunagu.reference.internal.RegionChange;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The edit form of a 圏域 (the name is its key and is not part of the form). It carries the version the
 * administrator saw.
 */
public class RegionForm {

	@NotBlank(message = "{reference.region.alias.required}")
	@Size(max = 50, message = "{reference.region.alias.size}")
	private String alias = "";

	@NotBlank(message = "{reference.region.office.required}")
	@Size(max = 100, message = "{reference.region.office.size}")
	private String office = "";

	@NotBlank(message = "{reference.region.officeCity.required}")
	@Size(max = 50, message = "{reference.region.officeCity.size}")
	private String officeCity = "";

	@NotNull(message = "{reference.sortOrder.required}")
	@Min(value = 0, message = "{reference.sortOrder.range}")
	@Max(value = 9999, message = "{reference.sortOrder.range}")
	private @Nullable Integer sortOrder;

	private boolean retired;

	private long version;

	static RegionForm of(Region region) {
		RegionForm form = new RegionForm();
		form.alias = region.getAlias();
		form.office = region.getOffice();
		form.officeCity = region.getOfficeCity();
		form.sortOrder = region.getSortOrder();
		form.retired = region.isRetired();
		form.version = region.getVersion();
		return form;
	}

	RegionChange toChange() {
		return new RegionChange(alias, office, officeCity, sortOrder == null ? 0 : sortOrder, retired, version);
	}

	public String getAlias() {
		return alias;
	}

	public void setAlias(String alias) {
		this.alias = alias;
	}

	public String getOffice() {
		return office;
	}

	public void setOffice(String office) {
		this.office = office;
	}

	public String getOfficeCity() {
		return officeCity;
	}

	public void setOfficeCity(String officeCity) {
		this.officeCity = officeCity;
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

package org.tsunagu.reference.internal;

import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A 障がい保健福祉圏域. Its name is the key other modules store, so it never changes; a region that is no
 * longer used is retired.
 */
@Entity
@Table(name = "reference_regions")
public class Region extends AuditedEntity {

	@Column(nullable = false, unique = true, length = 50, updatable = false)
	private String name;

	@Column(nullable = false, length = 50)
	private String alias;

	@Column(nullable = false, length = 100)
	private String office;

	@Column(name = "office_city", nullable = false, length = 50)
	private String officeCity;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean retired;

	protected Region() {
		this("", "", "", "", 0);
	}

	Region(String name, String alias, String office, String officeCity, int sortOrder) {
		this.name = name;
		this.alias = alias;
		this.office = office;
		this.officeCity = officeCity;
		this.sortOrder = sortOrder;
	}

	/** Changes what is shown about the region; the name stays. */
	void describe(String alias, String office, String officeCity, int sortOrder) {
		this.alias = alias;
		this.office = office;
		this.officeCity = officeCity;
		this.sortOrder = sortOrder;
	}

	/** Retires the region or brings it back; old records keep pointing at it either way. */
	void markRetired(boolean retired) {
		this.retired = retired;
	}

	RegionView toView() {
		return new RegionView(getId(), name, alias, office, officeCity, sortOrder, retired);
	}

	public String getName() {
		return name;
	}

	public String getAlias() {
		return alias;
	}

	public String getOffice() {
		return office;
	}

	public String getOfficeCity() {
		return officeCity;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public boolean isRetired() {
		return retired;
	}
}

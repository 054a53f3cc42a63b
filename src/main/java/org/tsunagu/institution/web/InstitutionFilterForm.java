package org.tsunagu.institution.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.InstitutionField;
import org.tsunagu.institution.InstitutionFilter;
import org.tsunagu.institution.InstitutionKind;

/**
 * The resource finder's filter as it arrives from the query string.
 */
public class InstitutionFilterForm {

	private @Nullable String q;

	private @Nullable String region;

	private @Nullable String municipality;

	private @Nullable InstitutionField field;

	private @Nullable InstitutionKind kind;

	private List<Integer> care = new ArrayList<>();

	private boolean stale;

	private boolean retired;

	InstitutionFilter toFilter() {
		return new InstitutionFilter(q, region, municipality, field, kind, care, stale, retired);
	}

	/** Whether retired entries (廃止) are shown too. */
	public boolean isRetired() {
		return retired;
	}

	public void setRetired(boolean retired) {
		this.retired = retired;
	}

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
		this.region = region == null || region.isBlank() ? null : region;
	}

	public @Nullable String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(@Nullable String municipality) {
		this.municipality = municipality == null || municipality.isBlank() ? null : municipality;
	}

	public @Nullable InstitutionField getField() {
		return field;
	}

	public void setField(@Nullable InstitutionField field) {
		this.field = field;
	}

	public @Nullable InstitutionKind getKind() {
		return kind;
	}

	public void setKind(@Nullable InstitutionKind kind) {
		this.kind = kind;
	}

	public List<Integer> getCare() {
		return care;
	}

	public void setCare(@Nullable List<Integer> care) {
		this.care = care == null ? new ArrayList<>() : new ArrayList<>(care);
	}

	public boolean isStale() {
		return stale;
	}

	public void setStale(boolean stale) {
		this.stale = stale;
	}
}

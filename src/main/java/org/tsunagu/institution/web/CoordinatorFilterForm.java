package org.tsunagu.institution.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.CoordinatorFilter;

/**
 * The roster's filter as it arrives from the query string (field names as the shared place filters).
 */
public class CoordinatorFilterForm {

	private @Nullable String region;

	private @Nullable String municipality;

	private boolean active;

	private @Nullable String q;

	CoordinatorFilter toFilter() {
		return new CoordinatorFilter(region, municipality, active, q);
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

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}
}

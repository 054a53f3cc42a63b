package org.tsunagu.registry.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildStatus;

/**
 * The child list's filter as it arrives from the query string.
 */
public class ChildFilterForm {

	private @Nullable String q;

	private @Nullable String region;

	private @Nullable String municipality;

	private @Nullable ChildStatus status;

	private @Nullable AgeBand age;

	private @Nullable String school;

	private @Nullable Integer care;

	private @Nullable CareClass careClass;

	ChildFilter toFilter() {
		return new ChildFilter(q, region, municipality, status, age == null ? null : age.minAge(),
				age == null ? null : age.maxAge(), school, care, careClass);
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

	public @Nullable ChildStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable ChildStatus status) {
		this.status = status;
	}

	public @Nullable AgeBand getAge() {
		return age;
	}

	public void setAge(@Nullable AgeBand age) {
		this.age = age;
	}

	public @Nullable String getSchool() {
		return school;
	}

	public void setSchool(@Nullable String school) {
		this.school = school == null || school.isBlank() ? null : school;
	}

	public @Nullable Integer getCare() {
		return care;
	}

	public void setCare(@Nullable Integer care) {
		this.care = care;
	}

	public @Nullable CareClass getCareClass() {
		return careClass;
	}

	public void setCareClass(@Nullable CareClass careClass) {
		this.careClass = careClass;
	}
}

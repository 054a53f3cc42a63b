package org.tsunagu.training.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.OrganisationKind;
import org.tsunagu.training.RosterFilter;

/** The roster's filters as query parameters. */
public class RosterFilterForm {

	private @Nullable String region;

	private @Nullable OrganisationKind organisationKind;

	private @Nullable CourseKind courseKind;

	private @Nullable Integer year;

	private @Nullable String q;

	RosterFilter toFilter() {
		return new RosterFilter(region, organisationKind, courseKind, year, q);
	}

	public @Nullable String getRegion() {
		return region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable OrganisationKind getOrganisationKind() {
		return organisationKind;
	}

	public void setOrganisationKind(@Nullable OrganisationKind organisationKind) {
		this.organisationKind = organisationKind;
	}

	public @Nullable CourseKind getCourseKind() {
		return courseKind;
	}

	public void setCourseKind(@Nullable CourseKind courseKind) {
		this.courseKind = courseKind;
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}
}

package org.tsunagu.institution.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.CoordinatorInput;
import org.tsunagu.institution.CoordinatorView;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The coordinator form (screen and API body), carrying the version it was read at.
 */
public class CoordinatorForm {

	private long version = 0;

	@NotBlank(message = "{institution.coordinator.name.required}")
	@Size(max = 100, message = "{institution.liaison.name.size}")
	private String name = "";

	@NotBlank(message = "{institution.kana.required}")
	@Pattern(regexp = "[ァ-ヺー・ 　ぁ-ゖｦ-ﾟ]*", message = "{institution.kana.pattern}")
	@Size(max = 100, message = "{institution.liaison.name.size}")
	private String kana = "";

	private @Nullable UUID organisationId;

	@Size(max = 200, message = "{institution.name.size}")
	private @Nullable String organisationName;

	@NotBlank(message = "{institution.coordinator.region.required}")
	private String regionName = "";

	private List<String> municipalityCodes = new ArrayList<>();

	@Size(max = 200, message = "{institution.name.size}")
	private @Nullable String course;

	@Min(value = 2000, message = "{institution.coordinator.year.range}")
	@Max(value = 2100, message = "{institution.coordinator.year.range}")
	private @Nullable Integer completedYear;

	@Size(max = 1000, message = "{institution.liaison.followUp.size}")
	private @Nullable String notes;

	static CoordinatorForm of(CoordinatorView view) {
		CoordinatorForm form = new CoordinatorForm();
		form.version = view.version();
		form.name = view.name();
		form.kana = view.kana();
		form.organisationId = view.organisationId();
		form.organisationName = view.organisationId() == null ? view.organisationName() : null;
		form.regionName = view.regionName();
		form.municipalityCodes = new ArrayList<>(view.municipalityCodes());
		form.course = view.course();
		form.completedYear = view.completedYear();
		form.notes = view.notes();
		return form;
	}

	CoordinatorInput toInput() {
		return new CoordinatorInput(name, kana, organisationId, organisationName, regionName,
				municipalityCodes.stream().filter(code -> code != null && !code.isBlank()).toList(), course,
				completedYear, notes);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKana() {
		return kana;
	}

	public void setKana(String kana) {
		this.kana = kana;
	}

	public @Nullable UUID getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(@Nullable UUID organisationId) {
		this.organisationId = organisationId;
	}

	public @Nullable String getOrganisationName() {
		return organisationName;
	}

	public void setOrganisationName(@Nullable String organisationName) {
		this.organisationName = organisationName;
	}

	public String getRegionName() {
		return regionName;
	}

	public void setRegionName(String regionName) {
		this.regionName = regionName;
	}

	public List<String> getMunicipalityCodes() {
		return municipalityCodes;
	}

	public void setMunicipalityCodes(@Nullable List<String> municipalityCodes) {
		this.municipalityCodes = municipalityCodes == null ? new ArrayList<>() : new ArrayList<>(municipalityCodes);
	}

	public @Nullable String getCourse() {
		return course;
	}

	public void setCourse(@Nullable String course) {
		this.course = course;
	}

	public @Nullable Integer getCompletedYear() {
		return completedYear;
	}

	public void setCompletedYear(@Nullable Integer completedYear) {
		this.completedYear = completedYear;
	}

	public @Nullable String getNotes() {
		return notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}
}

package org.tsunagu.training.web;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.training.ApplicationInput;
import org.tsunagu.training.OrganisationKind;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The public application form. */
public class ApplicationForm {

	@NotBlank(message = "{training.apply.name.required}")
	@Size(max = 100, message = "{training.size}")
	private String name = "";

	@NotBlank(message = "{training.apply.kana.required}")
	@Size(max = 100, message = "{training.size}")
	private String kana = "";

	@NotNull(message = "{training.apply.birthDate.required}")
	@Past(message = "{training.apply.birthDate.past}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate birthDate;

	@NotBlank(message = "{training.apply.organisation.required}")
	@Size(max = 200, message = "{training.size}")
	private String organisation = "";

	@NotNull(message = "{training.apply.organisationKind.required}")
	private @Nullable OrganisationKind organisationKind;

	@NotBlank(message = "{training.apply.job.required}")
	@Size(max = 100, message = "{training.size}")
	private String job = "";

	@NotBlank(message = "{training.apply.municipality.required}")
	private String municipalityCode = "";

	@NotBlank(message = "{training.apply.email.required}")
	@Email(message = "{training.apply.email.invalid}")
	@Size(max = 254, message = "{training.size}")
	private String email = "";

	@Pattern(regexp = "^$|^[0-9０-９()（）+\\-‐－ ]{6,20}$", message = "{training.apply.phone.invalid}")
	private @Nullable String phone;

	@Size(max = 500, message = "{training.size}")
	private @Nullable String qualifications;

	@Size(max = 200, message = "{training.size}")
	private @Nullable String recommendedBy;

	@Size(max = 500, message = "{training.size}")
	private @Nullable String prerequisiteNote;

	ApplicationInput toInput() {
		return new ApplicationInput(name, kana, Objects.requireNonNull(birthDate), organisation,
				Objects.requireNonNull(organisationKind), job, municipalityCode, email, phone, qualifications,
				recommendedBy, prerequisiteNote);
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

	public @Nullable LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(@Nullable LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public @Nullable OrganisationKind getOrganisationKind() {
		return organisationKind;
	}

	public void setOrganisationKind(@Nullable OrganisationKind organisationKind) {
		this.organisationKind = organisationKind;
	}

	public String getJob() {
		return job;
	}

	public void setJob(String job) {
		this.job = job;
	}

	public String getMunicipalityCode() {
		return municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getQualifications() {
		return qualifications;
	}

	public void setQualifications(@Nullable String qualifications) {
		this.qualifications = qualifications;
	}

	public @Nullable String getRecommendedBy() {
		return recommendedBy;
	}

	public void setRecommendedBy(@Nullable String recommendedBy) {
		this.recommendedBy = recommendedBy;
	}

	public @Nullable String getPrerequisiteNote() {
		return prerequisiteNote;
	}

	public void setPrerequisiteNote(@Nullable String prerequisiteNote) {
		this.prerequisiteNote = prerequisiteNote;
	}
}

package org.tsunagu.registry.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.registry.ConsentInput;
import org.tsunagu.registry.ConsentMethod;
import org.tsunagu.registry.ConsentPurpose;
import org.tsunagu.registry.InstitutionKind;
import org.tsunagu.shared.JapaneseDates;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form to record a consent. Rules that span fields (a recipient for sharing, expiry after the day it was
 * given) are checked by {@link #validate}.
 */
public class ConsentForm {

	@NotNull(message = "{registry.consent.purpose.required}")
	private @Nullable ConsentPurpose purpose;

	@Size(max = 200, message = "{registry.consent.organisation.size}")
	private @Nullable String organisation;

	private @Nullable InstitutionKind institutionKind;

	@NotNull(message = "{registry.consent.givenOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate givenOn = JapaneseDates.today();

	@NotNull(message = "{registry.consent.method.required}")
	private @Nullable ConsentMethod method;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate expiresOn;

	/** Field → message key of the rules across fields; call after bean validation passed. */
	void validate(org.springframework.validation.Errors errors) {
		boolean noRecipient = (organisation == null || organisation.isBlank()) && institutionKind == null;
		if (purpose == ConsentPurpose.SHARE_INSTITUTION && noRecipient) {
			errors.rejectValue("organisation", "registry.consent.organisation.required");
		}
		if (givenOn != null && givenOn.isAfter(JapaneseDates.today())) {
			errors.rejectValue("givenOn", "registry.consent.givenOn.future");
		}
		if (givenOn != null && expiresOn != null && expiresOn.isBefore(givenOn)) {
			errors.rejectValue("expiresOn", "registry.consent.expiresOn.beforeGiven");
		}
	}

	ConsentInput toInput() {
		return new ConsentInput(java.util.Objects.requireNonNull(purpose), organisation, institutionKind,
				java.util.Objects.requireNonNull(givenOn), java.util.Objects.requireNonNull(method), expiresOn);
	}

	public @Nullable ConsentPurpose getPurpose() {
		return purpose;
	}

	public void setPurpose(@Nullable ConsentPurpose purpose) {
		this.purpose = purpose;
	}

	public @Nullable String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable String organisation) {
		this.organisation = organisation;
	}

	public @Nullable InstitutionKind getInstitutionKind() {
		return institutionKind;
	}

	public void setInstitutionKind(@Nullable InstitutionKind institutionKind) {
		this.institutionKind = institutionKind;
	}

	public @Nullable LocalDate getGivenOn() {
		return givenOn;
	}

	public void setGivenOn(@Nullable LocalDate givenOn) {
		this.givenOn = givenOn;
	}

	public @Nullable ConsentMethod getMethod() {
		return method;
	}

	public void setMethod(@Nullable ConsentMethod method) {
		this.method = method;
	}

	public @Nullable LocalDate getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(@Nullable LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}
}

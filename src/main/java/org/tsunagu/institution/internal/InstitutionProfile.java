package org.tsunagu.institution.internal;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.InstitutionInput;
import org.tsunagu.institution.WaitingStatus;
import org.tsunagu.shared.KanaText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The descriptive part of an institution: how to reach it and whom it takes. Kept apart from
 * {@link Institution} so that the aggregate shows its rules, not its address book.
 */
@Embeddable
class InstitutionProfile {

	@Column(name = "office_number", length = 10)
	private @Nullable String officeNumber;

	@Column(name = "postal_code", length = 8)
	private @Nullable String postalCode;

	@Column(length = 200)
	private @Nullable String address;

	@Column(length = 20)
	private @Nullable String phone;

	@Column(length = 200)
	private @Nullable String email;

	@Column(length = 300)
	private @Nullable String website;

	@Column(name = "age_min")
	private @Nullable Integer ageMin;

	@Column(name = "age_max")
	private @Nullable Integer ageMax;

	private @Nullable Integer capacity;

	@Enumerated(EnumType.STRING)
	@Column(name = "waiting_status", length = 20)
	private @Nullable WaitingStatus waitingStatus;

	@Column(name = "public_listing", nullable = false)
	private boolean publicListing;

	@Column(length = 2000)
	private @Nullable String notes;

	static InstitutionProfile of(InstitutionInput input) {
		InstitutionProfile profile = new InstitutionProfile();
		profile.officeNumber = blankToNull(input.officeNumber());
		profile.postalCode = blankToNull(input.postalCode());
		profile.address = blankToNull(input.address());
		profile.phone = blankToNull(input.phone());
		profile.email = blankToNull(input.email());
		profile.website = blankToNull(input.website());
		profile.ageMin = input.ageMin();
		profile.ageMax = input.ageMax();
		profile.capacity = input.capacity();
		profile.waitingStatus = input.waitingStatus();
		profile.publicListing = input.publicListing();
		profile.notes = blankToNull(input.notes());
		return profile;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : KanaText.normalise(text);
	}

	@Nullable String getOfficeNumber() {
		return officeNumber;
	}

	@Nullable String getPostalCode() {
		return postalCode;
	}

	@Nullable String getAddress() {
		return address;
	}

	@Nullable String getPhone() {
		return phone;
	}

	@Nullable String getEmail() {
		return email;
	}

	@Nullable String getWebsite() {
		return website;
	}

	@Nullable Integer getAgeMin() {
		return ageMin;
	}

	@Nullable Integer getAgeMax() {
		return ageMax;
	}

	@Nullable Integer getCapacity() {
		return capacity;
	}

	@Nullable WaitingStatus getWaitingStatus() {
		return waitingStatus;
	}

	boolean isPublicListing() {
		return publicListing;
	}

	@Nullable String getNotes() {
		return notes;
	}
}

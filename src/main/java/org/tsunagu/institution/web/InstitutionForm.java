package org.tsunagu.institution.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.WaitingStatus;
import org.tsunagu.shared.KanaText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The institution form (screen and API body). It carries the version it was read at, so that a save over a
 * colleague's change is refused. Conversions live in {@link InstitutionForms}.
 */
public class InstitutionForm {

	private long version = 0;

	@NotBlank(message = "{institution.name.required}")
	@Size(max = 200, message = "{institution.name.size}")
	private String name = "";

	@NotBlank(message = "{institution.kana.required}")
	@Pattern(regexp = "[ァ-ヺー・ 　]*", message = "{institution.kana.pattern}")
	@Size(max = 200, message = "{institution.name.size}")
	private String kana = "";

	@NotNull(message = "{institution.kind.required}")
	private @Nullable InstitutionKind kind;

	@Pattern(regexp = "[0-9]{10}|", message = "{institution.officeNumber.pattern}")
	private @Nullable String officeNumber;

	@Pattern(regexp = "[0-9]{3}-?[0-9]{4}|", message = "{institution.postalCode.pattern}")
	private @Nullable String postalCode;

	@NotBlank(message = "{institution.municipality.required}")
	private String municipalityCode = "";

	@Size(max = 200, message = "{institution.address.size}")
	private @Nullable String address;

	@Pattern(regexp = "[0-9-]{0,20}", message = "{institution.phone.pattern}")
	private @Nullable String phone;

	@Email(message = "{institution.email.pattern}")
	private @Nullable String email;

	@Size(max = 300, message = "{institution.website.size}")
	private @Nullable String website;

	@Min(value = 0, message = "{institution.age.range}")
	@Max(value = 40, message = "{institution.age.range}")
	private @Nullable Integer ageMin;

	@Min(value = 0, message = "{institution.age.range}")
	@Max(value = 40, message = "{institution.age.range}")
	private @Nullable Integer ageMax;

	@Min(value = 0, message = "{institution.capacity.range}")
	private @Nullable Integer capacity;

	private @Nullable WaitingStatus waitingStatus;

	@PastOrPresent(message = "{institution.lastConfirmedOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate lastConfirmedOn;

	private boolean publicListing;

	@Size(max = 2000, message = "{institution.notes.size}")
	private @Nullable String notes;

	@Valid
	private List<ContactRow> contacts = new ArrayList<>();

	@Valid
	private List<CapabilityRow> capabilities = new ArrayList<>();

	/** The age range must not be upside down. */
	@AssertTrue(message = "{institution.age.order}")
	public boolean isAgeRangeOrdered() {
		return ageMin == null || ageMax == null || ageMin <= ageMax;
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

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public String getKana() {
		return kana;
	}

	public void setKana(@Nullable String kana) {
		this.kana = kana == null ? "" : KanaText.toKatakana(kana);
	}

	public @Nullable InstitutionKind getKind() {
		return kind;
	}

	public void setKind(@Nullable InstitutionKind kind) {
		this.kind = kind;
	}

	public @Nullable String getOfficeNumber() {
		return officeNumber;
	}

	public void setOfficeNumber(@Nullable String officeNumber) {
		this.officeNumber = officeNumber == null || officeNumber.isBlank() ? null : KanaText.normalise(officeNumber);
	}

	public @Nullable String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(@Nullable String postalCode) {
		this.postalCode = postalCode;
	}

	public String getMunicipalityCode() {
		return municipalityCode;
	}

	public void setMunicipalityCode(@Nullable String municipalityCode) {
		this.municipalityCode = municipalityCode == null ? "" : municipalityCode;
	}

	public @Nullable String getAddress() {
		return address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email == null || email.isBlank() ? null : email.strip();
	}

	public @Nullable String getWebsite() {
		return website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = website;
	}

	public @Nullable Integer getAgeMin() {
		return ageMin;
	}

	public void setAgeMin(@Nullable Integer ageMin) {
		this.ageMin = ageMin;
	}

	public @Nullable Integer getAgeMax() {
		return ageMax;
	}

	public void setAgeMax(@Nullable Integer ageMax) {
		this.ageMax = ageMax;
	}

	public @Nullable Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(@Nullable Integer capacity) {
		this.capacity = capacity;
	}

	public @Nullable WaitingStatus getWaitingStatus() {
		return waitingStatus;
	}

	public void setWaitingStatus(@Nullable WaitingStatus waitingStatus) {
		this.waitingStatus = waitingStatus;
	}

	public @Nullable LocalDate getLastConfirmedOn() {
		return lastConfirmedOn;
	}

	public void setLastConfirmedOn(@Nullable LocalDate lastConfirmedOn) {
		this.lastConfirmedOn = lastConfirmedOn;
	}

	public boolean isPublicListing() {
		return publicListing;
	}

	public void setPublicListing(boolean publicListing) {
		this.publicListing = publicListing;
	}

	public @Nullable String getNotes() {
		return notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

	public List<ContactRow> getContacts() {
		return contacts;
	}

	public void setContacts(@Nullable List<ContactRow> contacts) {
		this.contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
	}

	public List<CapabilityRow> getCapabilities() {
		return capabilities;
	}

	public void setCapabilities(@Nullable List<CapabilityRow> capabilities) {
		this.capabilities = capabilities == null ? new ArrayList<>() : new ArrayList<>(capabilities);
	}
}

package org.tsunagu.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.FamilyMemberInput;
import org.tsunagu.registry.Sex;
import org.tsunagu.shared.KanaText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The child form. フリガナ typed in hiragana or half-width kana is turned into full-width katakana before it
 * is checked. Carries the version it was read at.
 */
public class ChildForm {

	static final int FAMILY_ROWS = 3;

	@NotBlank(message = "{registry.familyName.required}")
	@Size(max = 50, message = "{registry.name.size}")
	private String familyName = "";

	@NotBlank(message = "{registry.givenName.required}")
	@Size(max = 50, message = "{registry.name.size}")
	private String givenName = "";

	@NotBlank(message = "{registry.familyNameKana.required}")
	@Pattern(regexp = "[ァ-ヺー・ 　]*", message = "{registry.kana.pattern}")
	@Size(max = 100, message = "{registry.name.size}")
	private String familyNameKana = "";

	@NotBlank(message = "{registry.givenNameKana.required}")
	@Pattern(regexp = "[ァ-ヺー・ 　]*", message = "{registry.kana.pattern}")
	@Size(max = 100, message = "{registry.name.size}")
	private String givenNameKana = "";

	@NotNull(message = "{registry.birthDate.required}")
	@PastOrPresent(message = "{registry.birthDate.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate birthDate;

	@NotNull(message = "{registry.sex.required}")
	private @Nullable Sex sex;

	@Pattern(regexp = "|\\d{3}-?\\d{4}", message = "{registry.postalCode.pattern}")
	private String postalCode = "";

	@Size(max = 200, message = "{registry.address.size}")
	private String address = "";

	@NotBlank(message = "{registry.municipality.required}")
	private String municipalityCode = "";

	@Size(max = 1000, message = "{registry.text.size}")
	private String diagnoses = "";

	@Pattern(regexp = "|[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?", message = "{registry.icd10.pattern}")
	private String icd10Code = "";

	@Size(max = 100, message = "{registry.text.size}")
	private String primaryDoctor = "";

	@Size(max = 200, message = "{registry.text.size}")
	private String hospital = "";

	private List<String> services = new ArrayList<>();

	@Size(max = 300, message = "{registry.text.size}")
	private String otherServices = "";

	private String schoolStatus = "";

	@Size(max = 200, message = "{registry.text.size}")
	private String schoolName = "";

	@Size(max = 100, message = "{registry.text.size}")
	private String coordinatorName = "";

	private boolean meisRegistered;

	@Valid
	private List<FamilyRow> family = new ArrayList<>(IntStream.range(0, FAMILY_ROWS).mapToObj(i -> new FamilyRow()).toList());

	/** Index of the family row to call first. */
	private int primaryContact;

	/** Set when the user confirmed that a possible duplicate is a different child. */
	private boolean duplicateChecked;

	private long version;

	/** A family row with contact details needs a name and a relationship. */
	@AssertTrue(message = "{registry.family.incomplete}")
	public boolean isFamilyComplete() {
		return family.stream()
			.allMatch(row -> row.isEmpty() ? row.getPhone().isBlank() && row.getEmail().isBlank()
					: !row.getRelationship().isBlank());
	}

	static ChildForm of(ChildDetails child) {
		ChildForm form = new ChildForm();
		form.familyName = child.familyName();
		form.givenName = child.givenName();
		form.familyNameKana = child.familyNameKana();
		form.givenNameKana = child.givenNameKana();
		form.birthDate = child.birthDate();
		form.sex = child.sex();
		form.postalCode = nonNull(child.postalCode());
		form.address = nonNull(child.address());
		form.municipalityCode = child.municipalityCode();
		form.diagnoses = nonNull(child.diagnoses());
		form.icd10Code = nonNull(child.icd10Code());
		form.primaryDoctor = nonNull(child.primaryDoctor());
		form.hospital = nonNull(child.hospital());
		ServiceList.split(child.servicesUsed(), form.services, form::setOtherServices);
		form.schoolStatus = nonNull(child.schoolStatus());
		form.schoolName = nonNull(child.schoolName());
		form.coordinatorName = nonNull(child.coordinatorName());
		form.meisRegistered = child.meisRegistered();
		form.family = FamilyRows.of(child.family(), FAMILY_ROWS);
		form.primaryContact = FamilyRows.primaryIndex(child.family());
		form.version = child.version();
		return form;
	}

	ChildInput toInput() {
		List<FamilyMemberInput> members = new ArrayList<>();
		for (int i = 0; i < family.size(); i++) {
			FamilyRow row = family.get(i);
			if (!row.isEmpty()) {
				members.add(new FamilyMemberInput(row.getName(), blankToNull(row.getKana()), row.getRelationship(),
						blankToNull(row.getPhone()), blankToNull(row.getEmail()), i == primaryContact));
			}
		}
		return new ChildInput(familyName, givenName, familyNameKana, givenNameKana, birthDate, sex,
				blankToNull(postalCode), blankToNull(address), municipalityCode, blankToNull(diagnoses),
				blankToNull(icd10Code), blankToNull(primaryDoctor), blankToNull(hospital),
				ServiceList.join(services, otherServices), blankToNull(schoolStatus), blankToNull(schoolName),
				blankToNull(coordinatorName), meisRegistered, members);
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(@Nullable String value) {
		familyName = value == null ? "" : value.strip();
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(@Nullable String value) {
		givenName = value == null ? "" : value.strip();
	}

	public String getFamilyNameKana() {
		return familyNameKana;
	}

	public void setFamilyNameKana(@Nullable String value) {
		familyNameKana = value == null ? "" : KanaText.toKatakana(value);
	}

	public String getGivenNameKana() {
		return givenNameKana;
	}

	public void setGivenNameKana(@Nullable String value) {
		givenNameKana = value == null ? "" : KanaText.toKatakana(value);
	}

	public @Nullable LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(@Nullable LocalDate value) {
		birthDate = value;
	}

	public @Nullable Sex getSex() {
		return sex;
	}

	public void setSex(@Nullable Sex value) {
		sex = value;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(@Nullable String value) {
		postalCode = value == null ? "" : KanaText.normalise(value);
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(@Nullable String value) {
		address = value == null ? "" : value.strip();
	}

	public String getMunicipalityCode() {
		return municipalityCode;
	}

	public void setMunicipalityCode(@Nullable String value) {
		municipalityCode = value == null ? "" : value.strip();
	}

	public String getDiagnoses() {
		return diagnoses;
	}

	public void setDiagnoses(@Nullable String value) {
		diagnoses = value == null ? "" : value.strip();
	}

	public String getIcd10Code() {
		return icd10Code;
	}

	public void setIcd10Code(@Nullable String value) {
		icd10Code = value == null ? "" : KanaText.normalise(value).toUpperCase(java.util.Locale.ROOT);
	}

	public String getPrimaryDoctor() {
		return primaryDoctor;
	}

	public void setPrimaryDoctor(@Nullable String value) {
		primaryDoctor = value == null ? "" : value.strip();
	}

	public String getHospital() {
		return hospital;
	}

	public void setHospital(@Nullable String value) {
		hospital = value == null ? "" : value.strip();
	}

	public List<String> getServices() {
		return services;
	}

	public void setServices(@Nullable List<String> value) {
		services = value == null ? new ArrayList<>() : new ArrayList<>(value);
	}

	public String getOtherServices() {
		return otherServices;
	}

	public void setOtherServices(@Nullable String value) {
		otherServices = value == null ? "" : value.strip();
	}

	public String getSchoolStatus() {
		return schoolStatus;
	}

	public void setSchoolStatus(@Nullable String value) {
		schoolStatus = value == null ? "" : value;
	}

	public String getSchoolName() {
		return schoolName;
	}

	public void setSchoolName(@Nullable String value) {
		schoolName = value == null ? "" : value.strip();
	}

	public String getCoordinatorName() {
		return coordinatorName;
	}

	public void setCoordinatorName(@Nullable String value) {
		coordinatorName = value == null ? "" : value.strip();
	}

	public boolean isMeisRegistered() {
		return meisRegistered;
	}

	public void setMeisRegistered(boolean value) {
		meisRegistered = value;
	}

	public List<FamilyRow> getFamily() {
		return family;
	}

	public void setFamily(List<FamilyRow> value) {
		family = value;
	}

	public int getPrimaryContact() {
		return primaryContact;
	}

	public void setPrimaryContact(int value) {
		primaryContact = value;
	}

	public boolean isDuplicateChecked() {
		return duplicateChecked;
	}

	public void setDuplicateChecked(boolean value) {
		duplicateChecked = value;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long value) {
		version = value;
	}

}

package org.tsunagu.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.Sex;
import org.tsunagu.shared.AuditedEntity;
import org.tsunagu.shared.KanaText;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A child in the registry (医療的ケア児等). The 圏域 is derived from the municipality, never typed. Personal
 * records are soft-deleted with who, when and why.
 */
@Entity
@Table(name = "registry_children")
class Child extends AuditedEntity {

	@Column(name = "family_name", nullable = false, length = 50)
	private String familyName = "";

	@Column(name = "given_name", nullable = false, length = 50)
	private String givenName = "";

	@Column(name = "family_name_kana", nullable = false, length = 100)
	private String familyNameKana = "";

	@Column(name = "given_name_kana", nullable = false, length = 100)
	private String givenNameKana = "";

	/** Name and kana folded for search (hiragana, NFKC, no spaces). */
	@Column(name = "search_text", nullable = false, length = 400)
	private String searchText = "";

	/**
	 * The name index: every two neighbouring characters of {@link #searchText} (KanaText.searchPairs), kept with
	 * it, so a name search tests the children of its word's pairs instead of every child (ChildNameIndex).
	 */
	@ElementCollection
	@CollectionTable(name = "registry_child_name_pairs", joinColumns = @JoinColumn(name = "child_id"))
	@Column(name = "name_pair", nullable = false, length = 8)
	private Set<String> namePairs = new HashSet<>();

	@Column(name = "birth_date", nullable = false)
	private LocalDate birthDate = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Sex sex = Sex.UNSPECIFIED;

	@Column(name = "postal_code", length = 8)
	private @Nullable String postalCode;

	@Column(length = 200)
	private @Nullable String address;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode = "";

	@Column(name = "region_name", nullable = false, length = 50)
	private String regionName = "";

	@Column(length = 1000)
	private @Nullable String diagnoses;

	@Column(name = "icd10_code", length = 10)
	private @Nullable String icd10Code;

	@Column(name = "primary_doctor", length = 100)
	private @Nullable String primaryDoctor;

	@Column(length = 200)
	private @Nullable String hospital;

	@Column(name = "services_used", length = 1000)
	private @Nullable String servicesUsed;

	@Column(name = "school_status", length = 30)
	private @Nullable String schoolStatus;

	@Column(name = "school_name", length = 200)
	private @Nullable String schoolName;

	@Column(name = "coordinator_name", length = 100)
	private @Nullable String coordinatorName;

	@Column(name = "meis_registered", nullable = false)
	private boolean meisRegistered;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ChildStatus status = ChildStatus.ENROLLED;

	@Column(name = "status_date")
	private @Nullable LocalDate statusDate;

	@Column(name = "status_reason", length = 500)
	private @Nullable String statusReason;

	@Column(name = "deleted_at")
	private @Nullable Instant deletedAt;

	@Column(name = "deleted_by", length = 100)
	private @Nullable String deletedBy;

	@Column(name = "deletion_reason", length = 500)
	private @Nullable String deletionReason;

	/** The record this one was merged into, when it was the same child entered twice. */
	@Column(name = "merged_into_id")
	private java.util.@Nullable UUID mergedIntoId;

	@Column(name = "anonymised_at")
	private @Nullable Instant anonymisedAt;

	/**
	 * The latest care assessment and its 区分, for the child list's filters: written by SQL only
	 * (ChildRepository.refreshLatestAssessment), never by the entity, so recording an assessment changes neither
	 * the child's version nor who updated it.
	 */
	@Column(name = "latest_assessment_id", insertable = false, updatable = false)
	private java.util.@Nullable UUID latestAssessmentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "latest_care_class", length = 20, insertable = false, updatable = false)
	private @Nullable CareClass latestCareClass;

	@OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<FamilyMember> family = new ArrayList<>();

	protected Child() {
	}

	Child(ChildData data) {
		apply(data);
	}

	/** Takes over the edited values; the 圏域 comes with the municipality. */
	void apply(ChildData data) {
		familyName = data.familyName();
		givenName = data.givenName();
		familyNameKana = data.familyNameKana();
		givenNameKana = data.givenNameKana();
		searchText(data.searchText());
		birthDate = data.birthDate();
		sex = data.sex();
		postalCode = data.postalCode();
		address = data.address();
		municipalityCode = data.municipalityCode();
		regionName = data.regionName();
		diagnoses = data.diagnoses();
		icd10Code = data.icd10Code();
		primaryDoctor = data.primaryDoctor();
		hospital = data.hospital();
		servicesUsed = data.servicesUsed();
		schoolStatus = data.schoolStatus();
		schoolName = data.schoolName();
		coordinatorName = data.coordinatorName();
		meisRegistered = data.meisRegistered();
	}

	/** The folded name with its pairs; the pairs are read and written only when the name changes. */
	private void searchText(String text) {
		if (text.equals(searchText)) {
			return;
		}
		searchText = text;
		Set<String> pairs = KanaText.searchPairs(text);
		namePairs.retainAll(pairs);
		namePairs.addAll(pairs);
	}

	/**
	 * Records a change of status with its date and reason; a deceased child's record cannot be reopened by a
	 * status change.
	 */
	void changeStatus(ChildStatus newStatus, LocalDate date, @Nullable String reason) {
		if (status == ChildStatus.DECEASED && newStatus != ChildStatus.DECEASED) {
			throw new IllegalStateException("A deceased child's status cannot change to " + newStatus);
		}
		if (newStatus == ChildStatus.OTHER && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("Status OTHER needs a reason");
		}
		status = newStatus;
		statusDate = date;
		statusReason = reason;
	}

	/**
	 * Clears what identifies a child who left the registry once the retention period is over: names and kana,
	 * the day of birth (year and month stay), address, doctors, free texts and the family. Municipality, 圏域,
	 * sex, status and its date stay, so the statistics count the child as before.
	 *
	 * @throws IllegalStateException when the child is enrolled or already anonymised
	 */
	void anonymise(Instant now) {
		if (status == ChildStatus.ENROLLED || anonymisedAt != null) {
			throw new IllegalStateException("Child " + getId() + " is " + status
					+ (anonymisedAt != null ? " (anonymised)" : "") + "; cannot anonymise");
		}
		familyName = "（匿名）";
		givenName = "";
		familyNameKana = "トクメイ";
		givenNameKana = "";
		searchText("");
		birthDate = birthDate.withDayOfMonth(1);
		postalCode = null;
		address = null;
		diagnoses = null;
		icd10Code = null;
		primaryDoctor = null;
		hospital = null;
		servicesUsed = null;
		schoolName = null;
		coordinatorName = null;
		statusReason = null;
		family.clear();
		anonymisedAt = now;
	}

	@Nullable Instant getAnonymisedAt() {
		return anonymisedAt;
	}

	/** Soft-deletes the record (e.g. registered by mistake); it disappears from every list and page. */
	void delete(String by, String reason, Instant at) {
		if (deletedAt != null) {
			throw new IllegalStateException("Child " + getId() + " is already deleted");
		}
		deletedAt = at;
		deletedBy = by;
		deletionReason = reason;
	}

	/**
	 * Merges this record into {@code survivor}: this one is soft-deleted and points at the survivor, which
	 * takes over the family members it does not have yet. Linked records are moved by the caller.
	 */
	void mergeInto(Child survivor, String by, Instant at) {
		if (survivor.getId().equals(getId())) {
			throw new IllegalArgumentException("A record cannot be merged into itself");
		}
		if (survivor.isDeleted() || isDeleted()) {
			throw new IllegalStateException("Deleted records cannot be merged");
		}
		for (FamilyMember member : List.copyOf(family)) {
			if (survivor.family.stream().noneMatch(known -> known.sameContactAs(member))) {
				family.remove(member);
				member.belongTo(survivor);
				survivor.family.add(member);
			}
		}
		delete(by, "統合先: " + survivor.getId(), at);
		mergedIntoId = survivor.getId();
	}

	void replaceFamily(List<FamilyMember> members) {
		family.clear();
		for (FamilyMember member : members) {
			member.belongTo(this);
			family.add(member);
		}
	}

	String getFamilyName() {
		return familyName;
	}

	String getGivenName() {
		return givenName;
	}

	String getFamilyNameKana() {
		return familyNameKana;
	}

	String getGivenNameKana() {
		return givenNameKana;
	}

	LocalDate getBirthDate() {
		return birthDate;
	}

	Sex getSex() {
		return sex;
	}

	@Nullable
	String getPostalCode() {
		return postalCode;
	}

	@Nullable
	String getAddress() {
		return address;
	}

	String getMunicipalityCode() {
		return municipalityCode;
	}

	String getRegionName() {
		return regionName;
	}

	@Nullable
	String getDiagnoses() {
		return diagnoses;
	}

	@Nullable
	String getIcd10Code() {
		return icd10Code;
	}

	@Nullable
	String getPrimaryDoctor() {
		return primaryDoctor;
	}

	@Nullable
	String getHospital() {
		return hospital;
	}

	@Nullable
	String getServicesUsed() {
		return servicesUsed;
	}

	@Nullable
	String getSchoolStatus() {
		return schoolStatus;
	}

	@Nullable
	String getSchoolName() {
		return schoolName;
	}

	@Nullable
	String getCoordinatorName() {
		return coordinatorName;
	}

	boolean isMeisRegistered() {
		return meisRegistered;
	}

	ChildStatus getStatus() {
		return status;
	}

	@Nullable
	LocalDate getStatusDate() {
		return statusDate;
	}

	@Nullable
	String getStatusReason() {
		return statusReason;
	}

	boolean isDeleted() {
		return deletedAt != null;
	}

	List<FamilyMember> getFamily() {
		return List.copyOf(family);
	}
}

package org.tsunagu.institution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.CoordinatorInput;
import org.tsunagu.shared.AuditedEntity;
import org.tsunagu.shared.KanaText;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * 医療的ケア児等コーディネーター: a person on the roster, the municipalities they cover (none listed: the whole
 * 圏域) and whether they are active. Deactivating an inactive one, or the reverse, is refused.
 */
@Entity
@Table(name = "institution_coordinators")
class Coordinator extends AuditedEntity {

	@Column(nullable = false, length = 100)
	private String name = "";

	@Column(nullable = false, length = 100)
	private String kana = "";

	@Column(name = "natural_key", nullable = false, length = 300)
	private String naturalKey = "";

	@Column(name = "organisation_id")
	private @Nullable UUID organisationId;

	@Column(name = "organisation_name", length = 200)
	private @Nullable String organisationName;

	@Column(name = "region_name", nullable = false, length = 50)
	private String regionName = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "institution_coordinator_municipalities",
			joinColumns = @JoinColumn(name = "coordinator_id"))
	@Column(name = "municipality_code", nullable = false, length = 6)
	private Set<String> municipalityCodes = new TreeSet<>();

	@Column(length = 200)
	private @Nullable String course;

	@Column(name = "completed_year")
	private @Nullable Integer completedYear;

	@Column(nullable = false)
	private boolean active = true;

	@Column(length = 1000)
	private @Nullable String notes;

	protected Coordinator() {
	}

	Coordinator(CoordinatorInput input, @Nullable String organisationName) {
		apply(input, organisationName);
	}

	/** The same name and フリガナ in the same 圏域 is taken to be the same person. */
	static String naturalKey(String name, String kana, String regionName) {
		return KanaText.searchKey(name.replaceAll("[\\s　]", "")) + "|"
				+ KanaText.searchKey(kana.replaceAll("[\\s　]", "")) + "|" + regionName;
	}

	/** Takes over what was entered; the organisation's name is the directory's when it is linked. */
	void apply(CoordinatorInput input, @Nullable String directoryName) {
		this.name = KanaText.normalise(input.name()).strip();
		this.kana = KanaText.toKatakana(input.kana()).strip();
		this.naturalKey = naturalKey(name, kana, input.regionName());
		this.organisationId = input.organisationId();
		this.organisationName = directoryName != null ? directoryName : blankToNull(input.organisationName());
		this.regionName = input.regionName();
		this.municipalityCodes.clear();
		this.municipalityCodes.addAll(input.municipalityCodes());
		this.course = blankToNull(input.course());
		this.completedYear = input.completedYear();
		this.notes = blankToNull(input.notes());
	}

	/** They no longer work as coordinator. */
	void deactivate() {
		if (!active) {
			throw new IllegalStateException("Coordinator " + getId() + " is already inactive");
		}
		active = false;
	}

	/** They work as coordinator again. */
	void reactivate() {
		if (active) {
			throw new IllegalStateException("Coordinator " + getId() + " is already active");
		}
		active = true;
	}

	/** Whether they cover the municipality, given the 圏域 it belongs to. */
	boolean covers(String municipalityCode, String municipalityRegion) {
		return municipalityCodes.isEmpty() ? regionName.equals(municipalityRegion)
				: municipalityCodes.contains(municipalityCode);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : KanaText.normalise(text).strip();
	}

	String getName() {
		return name;
	}

	String getKana() {
		return kana;
	}

	String getNaturalKey() {
		return naturalKey;
	}

	@Nullable UUID getOrganisationId() {
		return organisationId;
	}

	@Nullable String getOrganisationName() {
		return organisationName;
	}

	String getRegionName() {
		return regionName;
	}

	List<String> getMunicipalityCodes() {
		return new ArrayList<>(municipalityCodes);
	}

	@Nullable String getCourse() {
		return course;
	}

	@Nullable Integer getCompletedYear() {
		return completedYear;
	}

	boolean isActive() {
		return active;
	}

	@Nullable String getNotes() {
		return notes;
	}
}

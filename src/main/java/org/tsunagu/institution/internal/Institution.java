package org.tsunagu.institution.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.Confirmation;
import org.tsunagu.institution.ContactInput;
import org.tsunagu.institution.InstitutionInput;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.shared.AuditedEntity;
import org.tsunagu.shared.KanaText;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * 関係機関: an institution the center works with, the people to contact there and which 医療的ケア it accepts.
 * Contacts and capabilities are part of it: changed, versioned and audited with it.
 */
@Entity
@Table(name = "institution_institutions")
class Institution extends AuditedEntity {

	@Column(nullable = false, length = 200)
	private String name = "";

	@Column(nullable = false, length = 200)
	private String kana = "";

	@Column(name = "search_text", nullable = false, length = 400)
	private String searchText = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private InstitutionKind kind = InstitutionKind.OTHER;

	@Embedded
	private InstitutionProfile profile = new InstitutionProfile();

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode = "";

	@Column(name = "region_name", nullable = false, length = 50)
	private String regionName = "";

	@Column(name = "last_confirmed_on")
	private @Nullable LocalDate lastConfirmedOn;

	@Column(nullable = false)
	private boolean retired;

	@Column(name = "retired_on")
	private @Nullable LocalDate retiredOn;

	@Column(name = "retired_reason", length = 500)
	private @Nullable String retiredReason;

	@OneToMany(mappedBy = "institution", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<InstitutionContact> contacts = new ArrayList<>();

	@OneToMany(mappedBy = "institution", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("itemNo")
	private List<InstitutionCapability> capabilities = new ArrayList<>();

	protected Institution() {
	}

	Institution(InstitutionInput input, String regionName) {
		apply(input, regionName);
	}

	/** Takes over what staff entered; kana is stored as katakana and folded into the search text. */
	void apply(InstitutionInput input, String regionName) {
		this.name = KanaText.normalise(input.name());
		this.kana = KanaText.toKatakana(input.kana());
		this.searchText = KanaText.searchKey(this.name) + "|" + KanaText.searchKey(this.kana);
		this.kind = input.kind();
		this.profile = InstitutionProfile.of(input);
		this.municipalityCode = input.municipalityCode();
		this.regionName = regionName;
		this.lastConfirmedOn = input.lastConfirmedOn();
		replaceContacts(input.contacts());
		replaceCapabilities(input.capabilities());
	}

	/** Records that the entry was checked with the institution on the given day. */
	void confirm(LocalDate today) {
		this.lastConfirmedOn = today;
	}

	/**
	 * Retires the entry (廃止): it stays, with the day and the reason, but the finder no longer shows it.
	 *
	 * @throws IllegalStateException when it is already retired
	 */
	void retire(LocalDate on, String reason) {
		if (retired) {
			throw new IllegalStateException("Institution " + getId() + " was already retired on " + retiredOn);
		}
		if (reason.isBlank()) {
			throw new IllegalArgumentException("Retiring needs a reason");
		}
		this.retired = true;
		this.retiredOn = on;
		this.retiredReason = reason.strip();
	}

	/**
	 * Takes a retired entry back (retired by mistake, or the service reopened).
	 *
	 * @throws IllegalStateException when it is not retired
	 */
	void reinstate() {
		if (!retired) {
			throw new IllegalStateException("Institution " + getId() + " is not retired");
		}
		this.retired = false;
		this.retiredOn = null;
		this.retiredReason = null;
	}

	/** Whether the entry was not confirmed for over a year. */
	boolean isStale(LocalDate today) {
		return Confirmation.isStale(lastConfirmedOn, today);
	}

	private void replaceContacts(List<ContactInput> inputs) {
		contacts.clear();
		for (int i = 0; i < inputs.size(); i++) {
			contacts.add(new InstitutionContact(this, inputs.get(i), i));
		}
	}

	/**
	 * Changes the rows in place: one row per category is unique in the table, and Hibernate would insert a
	 * new row before deleting the old one.
	 */
	private void replaceCapabilities(List<CapabilityInput> inputs) {
		Map<Integer, CapabilityInput> wanted = inputs.stream()
			.collect(Collectors.toMap(CapabilityInput::itemNo, Function.identity(), (first, second) -> second));
		capabilities.removeIf(row -> !wanted.containsKey(row.getItemNo()));
		for (InstitutionCapability row : capabilities) {
			row.apply(wanted.remove(row.getItemNo()));
		}
		wanted.values().forEach(input -> capabilities.add(new InstitutionCapability(this, input)));
		capabilities.sort(java.util.Comparator.comparingInt(InstitutionCapability::getItemNo));
	}

	String getName() {
		return name;
	}

	String getKana() {
		return kana;
	}

	InstitutionKind getKind() {
		return kind;
	}

	InstitutionProfile getProfile() {
		return profile;
	}

	String getMunicipalityCode() {
		return municipalityCode;
	}

	String getRegionName() {
		return regionName;
	}

	@Nullable LocalDate getLastConfirmedOn() {
		return lastConfirmedOn;
	}

	boolean isRetired() {
		return retired;
	}

	@Nullable LocalDate getRetiredOn() {
		return retiredOn;
	}

	@Nullable String getRetiredReason() {
		return retiredReason;
	}

	List<InstitutionContact> getContacts() {
		return Collections.unmodifiableList(contacts);
	}

	List<InstitutionCapability> getCapabilities() {
		return Collections.unmodifiableList(capabilities);
	}
}

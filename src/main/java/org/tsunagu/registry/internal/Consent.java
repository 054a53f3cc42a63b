package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.ConsentInput;
import org.tsunagu.registry.ConsentMethod;
import org.tsunagu.registry.ConsentPurpose;
import org.tsunagu.registry.ConsentState;
import org.tsunagu.registry.InstitutionKind;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A consent (同意) of a child's family for one purpose. It is never edited or deleted: a family that changes
 * its mind withdraws it, and a new consent is recorded, so the history of what was agreed stays readable.
 */
@Entity
@Table(name = "registry_consents")
class Consent extends AuditedEntity {

	@Column(name = "child_id", nullable = false, updatable = false)
	private UUID childId = new UUID(0, 0);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30, updatable = false)
	private ConsentPurpose purpose = ConsentPurpose.REGISTRY;

	@Column(length = 200, updatable = false)
	private @Nullable String organisation;

	@Enumerated(EnumType.STRING)
	@Column(name = "institution_kind", length = 30, updatable = false)
	private @Nullable InstitutionKind institutionKind;

	@Column(name = "given_on", nullable = false, updatable = false)
	private LocalDate givenOn = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private ConsentMethod method = ConsentMethod.WRITTEN;

	@Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
	private String recordedBy = "";

	@Column(name = "expires_on", updatable = false)
	private @Nullable LocalDate expiresOn;

	@Column(name = "withdrawn_on")
	private @Nullable LocalDate withdrawnOn;

	@Column(name = "withdrawal_reason", length = 500)
	private @Nullable String withdrawalReason;

	protected Consent() {
	}

	Consent(UUID childId, ConsentInput input, String recordedBy) {
		boolean sharing = input.purpose() == ConsentPurpose.SHARE_INSTITUTION;
		String named = input.organisation() == null || input.organisation().isBlank() ? null
				: input.organisation().strip();
		if (sharing && named == null && input.institutionKind() == null) {
			throw new IllegalArgumentException("Sharing with institutions needs an organisation or a kind");
		}
		if (input.expiresOn() != null && input.expiresOn().isBefore(input.givenOn())) {
			throw new IllegalArgumentException("A consent cannot expire before it is given");
		}
		this.childId = childId;
		this.purpose = input.purpose();
		// Only sharing names a recipient; other purposes have none, whatever the form sent.
		this.organisation = sharing ? named : null;
		this.institutionKind = sharing ? input.institutionKind() : null;
		this.givenOn = input.givenOn();
		this.method = input.method();
		this.expiresOn = input.expiresOn();
		this.recordedBy = recordedBy;
	}

	/**
	 * Records that the family withdrew this consent; it no longer covers anything from {@code date} on.
	 *
	 * @throws IllegalStateException when it was already withdrawn
	 */
	void withdraw(LocalDate date, String reason) {
		if (withdrawnOn != null) {
			throw new IllegalStateException("Consent " + getId() + " is already " + ConsentState.WITHDRAWN
					+ " (on " + withdrawnOn + ")");
		}
		if (reason.isBlank()) {
			throw new IllegalArgumentException("A withdrawal needs a reason");
		}
		withdrawnOn = date;
		withdrawalReason = reason.strip();
	}

	/** Whether the consent covers {@code day}: given by then, not past expiry, not withdrawn by then. */
	boolean isEffectiveOn(LocalDate day) {
		return stateOn(day) == ConsentState.EFFECTIVE;
	}

	/** The consent's state on {@code day}; a withdrawal stops it from its date on. */
	ConsentState stateOn(LocalDate day) {
		if (withdrawnOn != null && !day.isBefore(withdrawnOn)) {
			return ConsentState.WITHDRAWN;
		}
		if (day.isBefore(givenOn)) {
			return ConsentState.NOT_YET_EFFECTIVE;
		}
		if (expiresOn != null && day.isAfter(expiresOn)) {
			return ConsentState.EXPIRED;
		}
		return ConsentState.EFFECTIVE;
	}

	/** Whether this consent, on {@code day}, lets the child's record be shared with {@code name}. */
	boolean sharesWith(String name, LocalDate day) {
		return purpose == ConsentPurpose.SHARE_INSTITUTION && Objects.equals(organisation, name)
				&& isEffectiveOn(day);
	}

	UUID getChildId() {
		return childId;
	}

	ConsentPurpose getPurpose() {
		return purpose;
	}

	@Nullable
	String getOrganisation() {
		return organisation;
	}

	@Nullable
	InstitutionKind getInstitutionKind() {
		return institutionKind;
	}

	LocalDate getGivenOn() {
		return givenOn;
	}

	ConsentMethod getMethod() {
		return method;
	}

	String getRecordedBy() {
		return recordedBy;
	}

	@Nullable
	LocalDate getExpiresOn() {
		return expiresOn;
	}

	@Nullable
	LocalDate getWithdrawnOn() {
		return withdrawnOn;
	}

	@Nullable
	String getWithdrawalReason() {
		return withdrawalReason;
	}
}

package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.ConsentBasis;
import org.tsunagu.consultation.ReferralResult;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A referral (紹介・つなぎ) of a case to an institution, with the outcome recorded later. A final outcome
 * (受入 or 不可) is not changed again; 調整中 may be followed by a final one.
 */
@Entity
@Table(name = "consultation_referrals")
class Referral extends AuditedEntity {

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId = new UUID(0, 0);

	@Column(name = "region_name", nullable = false, length = 50)
	private String regionName = "";

	@Column(name = "institution_id")
	private @Nullable UUID institutionId;

	@Column(name = "institution_name", nullable = false, length = 200)
	private String institutionName = "";

	@Column(nullable = false, length = 2000)
	private String reason = "";

	@Column(name = "referred_on", nullable = false)
	private LocalDate referredOn = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	@Column(name = "consent_basis", nullable = false, length = 30)
	private ConsentBasis consentBasis = ConsentBasis.CONFIRMED_BY_STAFF;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable ReferralResult outcome;

	@Column(name = "outcome_on")
	private @Nullable LocalDate outcomeOn;

	@Column(name = "outcome_note", length = 2000)
	private @Nullable String outcomeNote;

	protected Referral() {
	}

	Referral(UUID caseId, String regionName, @Nullable UUID institutionId, String institutionName, String reason,
			LocalDate referredOn, ConsentBasis consentBasis) {
		if (institutionName.isBlank() || reason.isBlank()) {
			throw new IllegalArgumentException("A referral needs an institution and a reason");
		}
		this.caseId = caseId;
		this.regionName = regionName;
		this.institutionId = institutionId;
		this.institutionName = institutionName.strip();
		this.reason = reason.strip();
		this.referredOn = referredOn;
		this.consentBasis = consentBasis;
	}

	/**
	 * Records the outcome.
	 *
	 * @throws IllegalStateException when a final outcome (受入, 不可) is already recorded
	 */
	/** Clears the free texts (reason, outcome note) when the case is anonymised; the outcome stays counted. */
	void anonymise() {
		reason = ConsultationCase.ANONYMISED;
		outcomeNote = null;
	}

	void recordOutcome(ReferralResult result, LocalDate on, @Nullable String note) {
		if (outcome == ReferralResult.ACCEPTED || outcome == ReferralResult.DECLINED) {
			throw new IllegalStateException("Referral " + getId() + " already has the outcome " + outcome);
		}
		this.outcome = result;
		this.outcomeOn = on;
		this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
	}

	/** Whether it has no outcome yet, {@code days} days after it was made. */
	boolean isOverdue(LocalDate today, int days) {
		return outcome == null && referredOn.plusDays(days).isBefore(today);
	}

	UUID getCaseId() {
		return caseId;
	}

	String getRegionName() {
		return regionName;
	}

	@Nullable UUID getInstitutionId() {
		return institutionId;
	}

	String getInstitutionName() {
		return institutionName;
	}

	String getReason() {
		return reason;
	}

	LocalDate getReferredOn() {
		return referredOn;
	}

	ConsentBasis getConsentBasis() {
		return consentBasis;
	}

	@Nullable ReferralResult getOutcome() {
		return outcome;
	}

	@Nullable LocalDate getOutcomeOn() {
		return outcomeOn;
	}

	@Nullable String getOutcomeNote() {
		return outcomeNote;
	}
}

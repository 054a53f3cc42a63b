package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.ReferralOutcome;
import org.tsunagu.registry.TransitionReferralInput;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A child's referral to the 長野県移行期医療支援センター and its outcome.
 */
@Entity
@Table(name = "registry_transition_referrals")
class TransitionReferral extends AuditedEntity {

	@Column(name = "child_id", nullable = false, updatable = false)
	private UUID childId = new UUID(0, 0);

	@Column(name = "referred_on", nullable = false)
	private LocalDate referredOn = LocalDate.EPOCH;

	@Column(length = 100)
	private @Nullable String contact;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReferralOutcome outcome = ReferralOutcome.PENDING;

	@Column(name = "outcome_date")
	private @Nullable LocalDate outcomeDate;

	@Column(length = 1000)
	private @Nullable String notes;

	protected TransitionReferral() {
	}

	TransitionReferral(UUID childId) {
		this.childId = childId;
	}

	/** Takes over the referral; a decided outcome cannot date from before the referral. */
	void apply(TransitionReferralInput input) {
		if (input.outcomeDate() != null && input.outcomeDate().isBefore(input.referredOn())) {
			throw new IllegalArgumentException("The outcome cannot date from before the referral");
		}
		referredOn = input.referredOn();
		contact = input.contact();
		outcome = input.outcome();
		outcomeDate = input.outcomeDate();
		notes = input.notes();
	}

	TransitionReferralInput toInput() {
		return new TransitionReferralInput(referredOn, contact, outcome, outcomeDate, notes);
	}

	UUID getChildId() {
		return childId;
	}
}

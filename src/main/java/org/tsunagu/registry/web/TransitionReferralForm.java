package org.tsunagu.registry.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.registry.ReferralOutcome;
import org.tsunagu.registry.TransitionReferralInput;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of the referral to the 移行期医療支援センター.
 */
public class TransitionReferralForm {

	@NotNull(message = "{registry.transition.referredOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate referredOn;

	@Size(max = 100, message = "{registry.text.size}")
	private String contact = "";

	@NotNull(message = "{registry.transition.outcome.required}")
	private @Nullable ReferralOutcome outcome = ReferralOutcome.PENDING;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate outcomeDate;

	@Size(max = 1000, message = "{registry.text.size}")
	private String notes = "";

	/** The referral's version when the form was read; -1 when there was none yet. */
	private long version = -1;

	static TransitionReferralForm of(@Nullable TransitionReferralInput referral, long version) {
		TransitionReferralForm form = new TransitionReferralForm();
		form.version = version;
		if (referral != null) {
			form.referredOn = referral.referredOn();
			form.contact = referral.contact() == null ? "" : referral.contact();
			form.outcome = referral.outcome();
			form.outcomeDate = referral.outcomeDate();
			form.notes = referral.notes() == null ? "" : referral.notes();
		}
		return form;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	TransitionReferralInput toInput() {
		return new TransitionReferralInput(java.util.Objects.requireNonNull(referredOn),
				DisasterPlanForm.blankToNull(contact),
				outcome == null ? ReferralOutcome.PENDING : outcome, outcomeDate, DisasterPlanForm.blankToNull(notes));
	}

	public @Nullable LocalDate getReferredOn() {
		return referredOn;
	}

	public void setReferredOn(@Nullable LocalDate value) {
		referredOn = value;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(@Nullable String value) {
		contact = value == null ? "" : value;
	}

	public @Nullable ReferralOutcome getOutcome() {
		return outcome;
	}

	public void setOutcome(@Nullable ReferralOutcome value) {
		outcome = value;
	}

	public @Nullable LocalDate getOutcomeDate() {
		return outcomeDate;
	}

	public void setOutcomeDate(@Nullable LocalDate value) {
		outcomeDate = value;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(@Nullable String value) {
		notes = value == null ? "" : value;
	}
}

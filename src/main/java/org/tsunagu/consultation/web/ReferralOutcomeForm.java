package org.tsunagu.consultation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.consultation.ReferralResult;

/**
 * The outcome of a referral; carries the version it was read at.
 */
public class ReferralOutcomeForm {

	private long version;

	@NotNull(message = "{consultation.referral.outcome.required}")
	private @Nullable ReferralResult outcome;

	@NotNull(message = "{consultation.referral.outcomeOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate outcomeOn;

	@Size(max = 2000, message = "{consultation.referral.reason.size}")
	private String note = "";

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable ReferralResult getOutcome() {
		return outcome;
	}

	public void setOutcome(@Nullable ReferralResult outcome) {
		this.outcome = outcome;
	}

	public @Nullable LocalDate getOutcomeOn() {
		return outcomeOn;
	}

	public void setOutcomeOn(@Nullable LocalDate outcomeOn) {
		this.outcomeOn = outcomeOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}

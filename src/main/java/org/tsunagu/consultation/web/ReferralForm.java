package org.tsunagu.consultation.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.consultation.ReferralInput;

/**
 * A referral of a case: an institution from the institutions module or a name, the reason, the day and the consent tick.
 */
public class ReferralForm {

	private @Nullable UUID institutionId;

	@Size(max = 200, message = "{consultation.referral.institution.size}")
	private String institutionName = "";

	@NotBlank(message = "{consultation.referral.reason.required}")
	@Size(max = 2000, message = "{consultation.referral.reason.size}")
	private String reason = "";

	@NotNull(message = "{consultation.referral.referredOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate referredOn;

	private boolean consentConfirmed;

	public @Nullable UUID getInstitutionId() {
		return institutionId;
	}

	public void setInstitutionId(@Nullable UUID institutionId) {
		this.institutionId = institutionId;
	}

	public String getInstitutionName() {
		return institutionName;
	}

	public void setInstitutionName(String institutionName) {
		this.institutionName = institutionName;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public @Nullable LocalDate getReferredOn() {
		return referredOn;
	}

	public void setReferredOn(@Nullable LocalDate referredOn) {
		this.referredOn = referredOn;
	}

	public boolean isConsentConfirmed() {
		return consentConfirmed;
	}

	public void setConsentConfirmed(boolean consentConfirmed) {
		this.consentConfirmed = consentConfirmed;
	}

	@AssertTrue(message = "{consultation.referral.institution.required}")
	public boolean isInstitutionGiven() {
		return institutionId != null || !institutionName.isBlank();
	}

	ReferralInput toInput() {
		return new ReferralInput(institutionId, institutionId == null ? institutionName : null, reason, referredOn,
				consentConfirmed);
	}
}

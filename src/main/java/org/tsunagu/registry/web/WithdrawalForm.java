package org.tsunagu.registry.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.shared.JapaneseDates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The withdrawal of one consent: the day, the family's reason and the version of the consent that was shown.
 */
public class WithdrawalForm {

	@NotNull(message = "{registry.consent.withdrawnOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate withdrawnOn = JapaneseDates.today();

	@NotBlank(message = "{registry.consent.reason.required}")
	@Size(max = 500, message = "{registry.consent.reason.size}")
	private String reason = "";

	private long version;

	public @Nullable LocalDate getWithdrawnOn() {
		return withdrawnOn;
	}

	public void setWithdrawnOn(@Nullable LocalDate withdrawnOn) {
		this.withdrawnOn = withdrawnOn;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}

package org.tsunagu.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The reason for an emergency access (the page form and the API body).
 */
public class EmergencyAccessForm {

	@NotBlank(message = "{registry.emergencyAccess.reason.required}")
	@Size(max = 500, message = "{registry.emergencyAccess.reason.size}")
	private String reason = "";

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}

package org.tsunagu.identity.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The form for choosing a new password.
 */
class PasswordForm {

	@NotBlank(message = "{identity.password.current.required}")
	private String currentPassword = "";

	@NotBlank(message = "{identity.password.new.required}")
	private String newPassword = "";

	@NotBlank(message = "{identity.password.confirm.required}")
	private String confirmPassword = "";

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}
}

package org.tsunagu.identity.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The password typed again, and the authenticator code for a user who registered an app.
 */
class ReauthenticationForm {

	@NotBlank(message = "{identity.reauth.password.required}")
	private String password = "";

	private String code = "";

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}
}

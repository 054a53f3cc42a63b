package org.tsunagu.institution.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One row of the contacts table in the institution form; a row without a name is left out.
 */
public class ContactRow {

	@Size(max = 100, message = "{institution.contact.name.size}")
	private @Nullable String name;

	@Size(max = 100, message = "{institution.contact.role.size}")
	private @Nullable String role;

	@Pattern(regexp = "[0-9-]{0,20}", message = "{institution.phone.pattern}")
	private @Nullable String phone;

	@Email(message = "{institution.email.pattern}")
	private @Nullable String email;

	/** Whether the row was left empty. */
	boolean isBlank() {
		return name == null || name.isBlank();
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getRole() {
		return role;
	}

	public void setRole(@Nullable String role) {
		this.role = role;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email == null || email.isBlank() ? null : email.strip();
	}
}

package org.tsunagu.identity.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.identity.UserSummary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form to create or edit a user; carries the version it was read at.
 */
class UserForm {

	@NotBlank(message = "{identity.user.username.required}")
	// Empty is left to @NotBlank, so a blank field shows one message, not two.
	@Pattern(regexp = "|[a-z0-9][a-z0-9._-]{2,49}", message = "{identity.user.username.pattern}")
	private String username = "";

	@NotBlank(message = "{identity.user.displayName.required}")
	@Size(max = 100, message = "{identity.user.displayName.size}")
	private String displayName = "";

	@NotNull(message = "{identity.user.role.required}")
	private @Nullable Role role;

	private @Nullable String regionName;

	@Size(max = 200, message = "{identity.user.organisation.size}")
	private @Nullable String organisation;

	private boolean enabled = true;

	private long version;

	static UserForm of(UserSummary user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.role = user.role();
		form.regionName = user.regionName();
		form.organisation = user.organisation();
		form.enabled = user.enabled();
		form.version = user.version();
		return form;
	}

	/** A health office user needs a 圏域. */
	@AssertTrue(message = "{identity.user.regionName.required}")
	public boolean isRegionGivenWhenNeeded() {
		return role == null || role.scopeKind() != ScopeKind.REGION || (regionName != null && !regionName.isBlank());
	}

	/** An institution user needs an organisation. */
	@AssertTrue(message = "{identity.user.organisation.required}")
	public boolean isOrganisationGivenWhenNeeded() {
		return role == null || role.scopeKind() != ScopeKind.ORGANISATION
				|| (organisation != null && !organisation.isBlank());
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName.strip();
	}

	public @Nullable Role getRole() {
		return role;
	}

	public void setRole(@Nullable Role role) {
		this.role = role;
	}

	public @Nullable String getRegionName() {
		return regionName;
	}

	public void setRegionName(@Nullable String regionName) {
		this.regionName = regionName == null || regionName.isBlank() ? null : regionName;
	}

	public @Nullable String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable String organisation) {
		this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}

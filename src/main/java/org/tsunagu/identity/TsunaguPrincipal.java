package org.tsunagu.identity;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal of a Tsunagu user. The password hash is erased after login, so the session
 * keeps only the {@link CurrentUser}.
 */
public final class TsunaguPrincipal implements UserDetails, CredentialsContainer {

	private final CurrentUser user;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final boolean accountNonLocked;

	public TsunaguPrincipal(CurrentUser user, @Nullable String passwordHash, boolean enabled,
			boolean mustChangePassword) {
		this(user, passwordHash, enabled, mustChangePassword, true);
	}

	/** A principal whose account may be locked after too many failed logins. */
	public TsunaguPrincipal(CurrentUser user, @Nullable String passwordHash, boolean enabled,
			boolean mustChangePassword, boolean accountNonLocked) {
		this.accountNonLocked = accountNonLocked;
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
	}

	/** The user as the modules see them. */
	public CurrentUser user() {
		return user;
	}

	/** Whether the user still has a one-time password that must be changed before anything else. */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(user.role().authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return accountNonLocked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}

package org.tsunagu.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Users and their passwords. Every change is written to the audit log.
 */
public interface UserManagement {

	/**
	 * Creates a user with a one-time password that must be changed at first login.
	 *
	 * @return the one-time password, to be handed to the user once
	 */
	OneTimePassword createUser(NewUser user);

	/** Creates a user with a password they may keep (demo data, imports of existing users). */
	UUID createUserWithPassword(NewUser user, String password);

	/** Changes role, scope, name and whether the user may log in; {@code version} guards against lost updates. */
	void updateUser(UUID id, long version, String displayName, Role role, @Nullable String regionName,
			@Nullable String organisation, boolean enabled);

	/** Issues a new one-time password; the user must change it at the next login. */
	OneTimePassword resetPassword(UUID id);

	/**
	 * The logged-in user sets a new password after proving the current one.
	 *
	 * @throws IllegalArgumentException when the current password is wrong
	 */
	void changeOwnPassword(UUID id, String currentPassword, String newPassword);

	/** Users, filtered by role and a part of the login or display name. */
	Page<UserSummary> findUsers(@Nullable Role role, @Nullable String text, Pageable pageable);

	/** One user. */
	UserSummary getUser(UUID id);

	/** Whether any user exists (first start). */
	boolean hasUsers();
}

package org.tsunagu.identity;

import org.jspecify.annotations.Nullable;

/**
 * What is needed to create a user.
 *
 * @param username login name (unique)
 * @param displayName name shown on screens
 * @param role the user's role
 * @param regionName the 圏域 of a health office user
 * @param organisation the organisation of an institution user
 */
public record NewUser(String username, String displayName, Role role, @Nullable String regionName,
		@Nullable String organisation) {
}

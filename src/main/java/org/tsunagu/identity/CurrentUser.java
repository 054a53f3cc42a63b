package org.tsunagu.identity;

import java.io.Serializable;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The logged-in user as every module sees it: no password, only who they are and how far they reach.
 *
 * @param id the user's id
 * @param username the login name
 * @param displayName the name shown on screens and in the audit log
 * @param role the user's role
 * @param regionName the 圏域 of a {@link Role#HEALTH_OFFICE} user
 * @param organisation the organisation of a {@link Role#INSTITUTION} user
 */
public record CurrentUser(UUID id, String username, String displayName, Role role, @Nullable String regionName,
		@Nullable String organisation) implements Serializable {

	/** How far this user reaches. */
	public AccessScope scope() {
		return switch (role.scopeKind()) {
			case ALL -> AccessScope.all();
			case REGION -> AccessScope.region(java.util.Objects.requireNonNull(regionName, "regionName"));
			case ORGANISATION -> AccessScope.organisation(java.util.Objects.requireNonNull(organisation, "organisation"));
		};
	}

	/** Whether this user may open the given area. */
	public boolean mayOpen(Area area) {
		return area.isOpenTo(role);
	}
}

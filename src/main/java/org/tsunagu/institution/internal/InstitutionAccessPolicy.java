package org.tsunagu.institution.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;

/**
 * Who may change institutions: center staff everywhere, a health office only in its own 圏域; the
 * prefecture reads only. Reading is open to the whole 関係機関 area, as entries hold no personal data.
 */
@Component
class InstitutionAccessPolicy {

	private static final Set<Role> EDITORS = EnumSet.of(Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE,
			Role.CLERK, Role.HEALTH_OFFICE);

	/** Liaison logs may name a child: center staff, and a health office for its own 圏域; not the prefecture. */
	private static final Set<Role> LIAISONS = EnumSet.of(Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE,
			Role.CLERK, Role.HEALTH_OFFICE);

	/** Whether the user may see and write liaison logs of institutions of the given 圏域. */
	static boolean mayLiaiseIn(CurrentUser user, String regionName) {
		return LIAISONS.contains(user.role()) && user.scope().permitsRegion(regionName);
	}

	/** Throws unless the logged-in user may see and write liaison logs of the given 圏域. */
	void checkMayLiaiseIn(String regionName) {
		CurrentUser user = CurrentUsers.require();
		if (!LIAISONS.contains(user.role())) {
			throw new AccessDeniedException("Role " + user.role() + " may not see liaison logs");
		}
		user.scope().checkRegion(regionName);
	}

	/** Throws unless the logged-in user may see liaison logs at all. */
	void checkMayLiaise() {
		CurrentUser user = CurrentUsers.require();
		if (!LIAISONS.contains(user.role())) {
			throw new AccessDeniedException("Role " + user.role() + " may not see liaison logs");
		}
	}

	/**
	 * Throws unless the logged-in user may read the directory and the coordinator roster: the 関係機関 area's
	 * roles. The coordinator API lives outside that area's URLs, so this is its only gate.
	 */
	void checkMayRead() {
		CurrentUser user = CurrentUsers.require();
		if (!user.mayOpen(Area.INSTITUTION)) {
			throw new AccessDeniedException("Role " + user.role() + " may not read institutions");
		}
	}

	/** Whether the user may change entries at all (some 圏域 at least). */
	static boolean mayEdit(CurrentUser user) {
		return EDITORS.contains(user.role());
	}

	/** Throws unless the logged-in user may change an entry of the given 圏域. */
	void checkMayEditIn(String regionName) {
		CurrentUser user = CurrentUsers.require();
		if (!mayEdit(user)) {
			throw new AccessDeniedException("Role " + user.role() + " may not change institutions");
		}
		user.scope().checkRegion(regionName);
	}
}

package org.tsunagu.registry.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.ScopeKind;

/**
 * Who may see and change which child: prefecture-wide staff every child, a health office the children of its
 * 圏域, an outside organisation only children shared with it by consent (and never change them).
 */
@Component
class ChildAccessPolicy {

	/** Throws 403 unless the caller may see the child. */
	void checkReadable(Child child) {
		CurrentUser user = CurrentUsers.require();
		if (user.scope().kind() == ScopeKind.ORGANISATION) {
			throw new AccessDeniedException("Child " + child.getId() + " is not shared with " + user.organisation());
		}
		user.scope().checkRegion(child.getRegionName());
	}

	/** Throws 403 unless the caller may change the child's record. */
	void checkEditable(Child child) {
		checkReadable(child);
		checkMayEdit();
	}

	/** Throws 403 unless the caller may create and change records in the region given. */
	void checkMayEditIn(String regionName) {
		CurrentUser user = CurrentUsers.require();
		checkMayEdit();
		user.scope().checkRegion(regionName);
	}

	private static void checkMayEdit() {
		if (CurrentUsers.require().role() == Role.INSTITUTION) {
			throw new AccessDeniedException("Institution users do not change the registry");
		}
	}
}

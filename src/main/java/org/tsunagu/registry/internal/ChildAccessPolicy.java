package org.tsunagu.registry.internal;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.shared.JapaneseDates;

/**
 * Who may see and change which child: prefecture-wide staff every child, a health office the children of its
 * 圏域, an outside organisation only children shared with it by consent (and never change them).
 */
@Component
class ChildAccessPolicy {

	private final ConsentRepository consents;

	ChildAccessPolicy(ConsentRepository consents) {
		this.consents = consents;
	}

	/** Throws 403 unless the caller may see the child. */
	void checkReadable(Child child) {
		CurrentUser user = CurrentUsers.require();
		if (user.scope().kind() == ScopeKind.ORGANISATION) {
			checkSharedByConsent(child, Objects.requireNonNull(user.organisation(), "organisation"));
			return;
		}
		user.scope().checkRegion(child.getRegionName());
	}

	/** An outside organisation sees a child only while an effective consent shares the child with it. */
	private void checkSharedByConsent(Child child, String organisation) {
		if (!consents.isSharedWith(child.getId(), organisation, JapaneseDates.today())) {
			throw new AccessDeniedException("Child " + child.getId() + " is not shared with " + organisation);
		}
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

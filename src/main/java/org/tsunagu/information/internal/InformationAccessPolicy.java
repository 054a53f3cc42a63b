package org.tsunagu.information.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;

/**
 * Who may do what in 情報発信, checked in the services as well as by URL: everyone of the area writes and runs
 * surveys; the center director, clerks and the prefecture publish (事務員 and 県担当 do the publishing work).
 */
@Component
public class InformationAccessPolicy {

	private static final Set<Role> PUBLISHERS = EnumSet.of(Role.CENTER_DIRECTOR, Role.CLERK, Role.PREFECTURE);

	/** Throws unless the logged-in user works in the 情報発信 area. */
	public CurrentUser checkStaff() {
		CurrentUser user = CurrentUsers.require();
		if (!user.mayOpen(Area.INFORMATION)) {
			throw new AccessDeniedException("Role " + user.role() + " may not use 情報発信");
		}
		return user;
	}

	/** Throws unless the logged-in user may publish or unpublish. */
	void checkPublisher() {
		CurrentUser user = checkStaff();
		if (!PUBLISHERS.contains(user.role())) {
			throw new AccessDeniedException("Role " + user.role() + " may not publish");
		}
	}

	/** Whether the logged-in user may publish. */
	boolean mayPublish() {
		return CurrentUsers.find().map(user -> PUBLISHERS.contains(user.role())).orElse(false);
	}
}

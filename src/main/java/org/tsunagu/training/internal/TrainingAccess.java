package org.tsunagu.training.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;

/**
 * Who may do what in training, checked on the server. Center staff run the courses and see applicants;
 * a health office sees the applicants and roster of its own 圏域 (read only); prefecture staff, outside
 * organisations and others see courses, offerings and the calendar, not people.
 */
@Component
class TrainingAccess {

	static final Set<Role> STAFF = EnumSet.of(Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE, Role.CLERK);

	static final Set<Role> VIEWERS = EnumSet.of(Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE, Role.CLERK,
			Role.PREFECTURE, Role.HEALTH_OFFICE, Role.INSTITUTION);

	/** The user, who must be center staff. */
	CurrentUser requireStaff() {
		CurrentUser user = CurrentUsers.require();
		if (!STAFF.contains(user.role())) {
			throw new AccessDeniedException("Training is run by center staff, not " + user.role());
		}
		return user;
	}

	/** The user, who must be allowed to open the training area. */
	CurrentUser requireViewer() {
		CurrentUser user = CurrentUsers.require();
		if (!VIEWERS.contains(user.role())) {
			throw new AccessDeniedException("Training is not open to " + user.role());
		}
		return user;
	}

	/** The scope within which the user may see people (applicants, roster); refuses those who see none. */
	AccessScope peopleScope() {
		CurrentUser user = CurrentUsers.require();
		if (STAFF.contains(user.role())) {
			return AccessScope.all();
		}
		if (user.role() == Role.HEALTH_OFFICE) {
			return user.scope();
		}
		throw new AccessDeniedException("Applicants are not shown to " + user.role());
	}
}

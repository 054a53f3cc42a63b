package org.tsunagu.training.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;

/**
 * What the screens offer to whom: forms for center staff, people for staff and health offices. The services
 * check the same again; this only keeps buttons away from those who could not use them.
 */
final class TrainingRoles {

	private static final Set<Role> STAFF = EnumSet.of(Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE, Role.CLERK);

	private TrainingRoles() {
	}

	static boolean isStaff() {
		return CurrentUsers.find().map(user -> STAFF.contains(user.role())).orElse(false);
	}

	static boolean seesPeople() {
		return CurrentUsers.find()
			.map(user -> STAFF.contains(user.role()) || user.role() == Role.HEALTH_OFFICE)
			.orElse(false);
	}

	static void requireStaff() {
		if (!isStaff()) {
			throw new AccessDeniedException("Training forms are for center staff");
		}
	}
}

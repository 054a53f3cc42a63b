package org.tsunagu.generator;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.reference.ReferenceData;

/**
 * The users bench/LoadBenchmark.java logs in as (the demo users' names), created through the application with
 * a known password when they are missing. A production database never gets them: the generator is test code.
 */
final class BenchmarkUsers {

	private BenchmarkUsers() {
	}

	static void ensure(UserManagement users, ReferenceData reference, String password) {
		String firstRegion = reference.regions(false).get(0).name();
		List<NewUser> wanted = List.of(new NewUser("director", "見本 所長", Role.CENTER_DIRECTOR, null, null),
				new NewUser("consultant", "見本 相談員", Role.CONSULTANT, null, null),
				new NewUser("consultant2", "試験 相談員", Role.CONSULTANT, null, null),
				new NewUser("nurse", "見本 看護師", Role.NURSE, null, null),
				new NewUser("office-01", "見本 保健師", Role.HEALTH_OFFICE, firstRegion, null));
		for (NewUser user : wanted) {
			boolean exists = users.findUsers(user.role(), user.username(), Pageable.ofSize(20))
				.stream()
				.anyMatch(found -> found.username().equals(user.username()));
			if (!exists) {
				users.createUserWithPassword(user, password);
				System.out.println("generator: benchmark user " + user.username() + " created");
			}
		}
	}
}

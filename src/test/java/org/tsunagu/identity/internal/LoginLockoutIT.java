package org.tsunagu.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Five wrong passwords lock the account: the right password is then refused with the same generic answer.
 */
@DatabaseTest
class LoginLockoutIT {

	private static final String PASSWORD = "asama yama no yukidoke";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Test
	void locksTheAccountAfterFiveWrongPasswords() throws Exception {
		users.createUserWithPassword(new NewUser("lockout-test", "試験 凛", Role.NURSE, null, null), PASSWORD);
		mvc.perform(formLogin().user("lockout-test").password(PASSWORD)).andExpect(redirectedUrl("/"));

		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("lockout-test").password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin().user("lockout-test").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void unknownUserNamesAreAnsweredTheSameWay() throws Exception {
		for (int i = 0; i < 6; i++) {
			mvc.perform(formLogin().user("nobody-" + i).password("wrong")).andExpect(redirectedUrl("/login?error"));
		}
	}
}

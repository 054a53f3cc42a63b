package org.tsunagu.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Guessing across many user names from one address is stopped by the per-address throttle, although no single
 * account reaches its own lockout; another address is not affected.
 */
@DatabaseTest
@TestPropertySource(properties = "tsunagu.identity.login-throttle.max-failures=3")
class LoginThrottleIT {

	private static final String PASSWORD = "kiso valley 2026 snow";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Test
	void failuresAcrossUserNamesFromOneAddressStopFurtherLogins() throws Exception {
		users.createUserWithPassword(new NewUser("throttle-nurse", "試験 看護", Role.NURSE, null, null), PASSWORD);
		mvc.perform(login("throttle-nurse", PASSWORD, "198.51.100.7"))
			.andExpect(redirectedUrl("/"));

		for (String guess : new String[] { "admin", "director", "nurse" }) {
			mvc.perform(login(guess, "guess", "198.51.100.7"))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(login("throttle-nurse", PASSWORD, "198.51.100.7"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/me").with(httpBasic("throttle-nurse", PASSWORD)).with(from("198.51.100.7")))
			.andExpect(status().isUnauthorized());
		mvc.perform(login("throttle-nurse", PASSWORD, "198.51.100.8"))
			.andExpect(redirectedUrl("/"));
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(address));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}

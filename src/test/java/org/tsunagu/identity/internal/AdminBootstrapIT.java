package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.SessionCookie;

/**
 * First start outside the demo: one administrator, whose one-time password appears once in the log and
 * must be changed before anything else.
 */
// Output capture first: its before-all must run even when the PostgreSQL pass skips this suite.
@ExtendWith(OutputCaptureExtension.class)
@DatabaseTest
class AdminBootstrapIT {

	@Autowired
	UserAccountRepository users;

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminBootstrap bootstrap;

	@Autowired
	org.tsunagu.identity.UserManagement management;

	@Test
	void createsOneAdministratorWithAOneTimePasswordThatMustBeChanged(CapturedOutput output) throws Exception {
		// Other suites sharing this database may have added their own test users since the start; the
		// administrator is the one the first start created.
		assertThat(users.findAll().stream().filter(user -> user.getRole() == org.tsunagu.identity.Role.ADMIN))
			.singleElement().satisfies(admin -> {
			assertThat(admin.getUsername()).isEqualTo("admin");
			assertThat(admin.getRole()).isEqualTo(org.tsunagu.identity.Role.ADMIN);
			assertThat(admin.isMustChangePassword()).isTrue();
		});

		long before = users.count();
		bootstrap.run(null);
		assertThat(users.count()).as("a second start creates nobody").isEqualTo(before);

		// The password is in this suite's output when this suite started the application; when another suite
		// with the same configuration started it first, an administrator's reset issues an equal one-time password.
		String password = oneTimePassword(output)
			.orElseGet(() -> management.resetPassword(users.findByUsername("admin").orElseThrow().getId()).password());
		SessionCookie session = SessionCookie.from(mvc.perform(formLogin().user("admin").password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn());
		session.perform(mvc, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin"))
			.andExpect(redirectedUrl("/account/password"));
	}

	private static java.util.Optional<String> oneTimePassword(CapturedOutput output) {
		Matcher matcher = Pattern.compile("one-time password: (\\S+)").matcher(output.getAll());
		return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
	}
}

package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.MutableClock;
import org.tsunagu.testsupport.MutableClockConfiguration;
import org.tsunagu.testsupport.SessionCookie;

/**
 * An administrator with an authenticator app exports the audit log right after the login; five minutes later
 * the export first asks for the password and the code again, and then works. The app's secret is stored
 * encrypted, and an old plain one is encrypted at startup or when next read. (Same context as
 * {@link SecondFactorLoginIT}, so the suites share it.)
 */
@DatabaseTest
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = "tsunagu.identity.mfa.enforced=true")
class ReauthenticationIT {

	private static final String PASSWORD = "kiso valley 2026 reauth";

	private static final String EXPORT = "/admin/audit/export";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	TotpCodes totp;

	@Autowired
	TotpSecrets totpSecrets;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void anExportLongAfterTheLoginAsksForPasswordAndCodeAgainThenWorks() throws Exception {
		users.createUserWithPassword(new NewUser("reauth-admin", "試験 再認証", Role.ADMIN, null, null), PASSWORD);
		String secret = register("reauth-admin");
		SessionCookie session = login("reauth-admin", secret);

		session.perform(mvc, get(EXPORT)).andExpect(status().isOk());

		clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		session.perform(mvc, get(EXPORT))
			.andExpect(redirectedUrl("/account/reauthenticate?continue=%2Fadmin%2Faudit%2Fexport"));
		session.perform(mvc, get("/account/reauthenticate").param("continue", EXPORT))
			.andExpect(status().isOk())
			.andExpect(model().attribute("needsCode", true));

		reauthenticate(session, "wrong password 2026", currentCode(secret))
			.andExpect(model().attributeHasFieldErrorCode("reauthenticationForm", "password",
					"identity.reauth.password.wrong"));
		reauthenticate(session, PASSWORD, "")
			.andExpect(model().attributeHasFieldErrorCode("reauthenticationForm", "code", "identity.reauth.code.required"));
		reauthenticate(session, PASSWORD, currentCode(secret)).andExpect(redirectedUrl(EXPORT));

		session.perform(mvc, get(EXPORT)).andExpect(status().isOk());
	}

	@Test
	void wrongPasswordsOnTheReauthenticationPageCountTowardsTheLockout() throws Exception {
		users.createUserWithPassword(new NewUser("reauth-lock", "試験 施錠", Role.ADMIN, null, null), PASSWORD);
		String secret = register("reauth-lock");
		SessionCookie session = login("reauth-lock", secret);

		for (int i = 0; i < 5; i++) {
			reauthenticate(session, "guess number " + i, "");
		}

		assertThat(accounts.findByUsername("reauth-lock").orElseThrow().isLockedAt(clock.instant())).isTrue();
		clock.advance(Duration.ofMinutes(1));
		reauthenticate(session, PASSWORD, currentCode(secret)).andExpect(model().attributeHasFieldErrorCode(
				"reauthenticationForm", "password", "identity.reauth.password.wrong"));
	}

	@Test
	void aWrongBasicPasswordBesideALoggedInSessionCountsTowardsTheLockout() throws Exception {
		users.createUserWithPassword(new NewUser("reauth-basic", "試験 基本認証", Role.ADMIN, null, null), PASSWORD);
		String secret = register("reauth-basic");
		SessionCookie session = login("reauth-basic", secret);

		// Spring Security does not check a Basic password again for a session of the same user; the
		// re-authentication check does, and counts every wrong one like the re-authentication page.
		for (int i = 0; i < 5; i++) {
			clock.advance(Duration.ofSeconds(30));
			session.perform(mvc, post("/api/v1/admin/users").with(csrf())
				.with(httpBasic("reauth-basic", "guessing " + i))
				.header("X-Tsunagu-OTP", currentCode(secret))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isUnauthorized());
		}

		assertThat(accounts.findByUsername("reauth-basic").orElseThrow().isLockedAt(clock.instant())).isTrue();
	}

	@Test
	void neverFollowsTheWayBackToAnotherSite() throws Exception {
		users.createUserWithPassword(new NewUser("reauth-redirect", "試験 戻り先", Role.ADMIN, null, null), PASSWORD);
		String secret = register("reauth-redirect");
		SessionCookie session = login("reauth-redirect", secret);
		clock.advance(Duration.ofMinutes(1));

		session.perform(mvc, post("/account/reauthenticate").with(csrf())
			.param("continue", "//evil.example/steal")
			.param("password", PASSWORD)
			.param("code", currentCode(secret))).andExpect(redirectedUrl("/"));
	}

	@Test
	void storesTheSecretEncryptedAndEncryptsOldPlainSecrets() {
		users.createUserWithPassword(new NewUser("reauth-cipher", "試験 暗号", Role.CLERK, null, null), PASSWORD);
		String secret = register("reauth-cipher");

		assertThat(storedSecret("reauth-cipher")).startsWith("v1:").doesNotContain(secret);

		// A row from before encryption: encrypted at startup ...
		jdbc.update("update identity_users set totp_secret = ? where username = ?", secret, "reauth-cipher");
		totpSecrets.run(null);
		assertThat(storedSecret("reauth-cipher")).startsWith("v1:");

		// ... or, if one slipped through, when it is next used.
		jdbc.update("update identity_users set totp_secret = ? where username = ?", secret, "reauth-cipher");
		clock.advance(Duration.ofMinutes(1));
		assertThat(secondFactors.verify("reauth-cipher", currentCode(secret))).isTrue();
		assertThat(storedSecret("reauth-cipher")).startsWith("v1:");
		clock.advance(Duration.ofMinutes(1));
		assertThat(secondFactors.verify("reauth-cipher", currentCode(secret))).as("still the same secret").isTrue();
	}

	private org.springframework.test.web.servlet.ResultActions reauthenticate(SessionCookie session, String password,
			String code) throws Exception {
		return session.perform(mvc, post("/account/reauthenticate").with(csrf())
			.param("continue", EXPORT)
			.param("password", password)
			.param("code", code));
	}

	private String storedSecret(String username) {
		return jdbc.queryForObject("select totp_secret from identity_users where username = ?", String.class, username);
	}

	private String register(String username) {
		SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(username);
		secondFactors.completeEnrolment(username, enrolment.secret(), currentCode(enrolment.secret()));
		return enrolment.secret();
	}

	private SessionCookie login(String username, String secret) throws Exception {
		clock.advance(Duration.ofMinutes(1));
		SessionCookie session = SessionCookie.from(mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/login/mfa"))
			.andReturn());
		session.perform(mvc, post("/login/mfa").with(csrf()).param("code", currentCode(secret)))
			.andExpect(redirectedUrl("/"));
		return session;
	}

	private String currentCode(String secret) {
		return totp.codeAt(secret, Math.floorDiv(clock.instant().getEpochSecond(), TotpCodes.PERIOD_SECONDS));
	}
}

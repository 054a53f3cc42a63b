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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.MutableClock;
import org.tsunagu.testsupport.MutableClockConfiguration;
import org.tsunagu.testsupport.SessionCookie;

/**
 * With two-factor authentication enforced (the production default), a staff member's right password alone
 * reaches nothing: not the home page, not a business area, not the API — until the code from the app (or a
 * recovery code) is given.
 */
@DatabaseTest
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = "tsunagu.identity.mfa.enforced=true")
class SecondFactorLoginIT {

	private static final String PASSWORD = "shinano river 2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	TotpCodes totp;

	@Autowired
	MutableClock clock;

	@Test
	void passwordAloneReachesNothingUntilTheAppIsRegistered() throws Exception {
		users.createUserWithPassword(new NewUser("mfa-nurse", "試験 看護", Role.NURSE, null, null), PASSWORD);
		SessionCookie session = passwordLogin("mfa-nurse", "/login/mfa/setup");

		session.perform(mvc, get("/")).andExpect(redirectedUrl("/login/mfa"));
		session.perform(mvc, get("/children")).andExpect(redirectedUrl("/login/mfa"));
		session.perform(mvc, get("/api/v1/me")).andExpect(status().isUnauthorized());

		MvcResult setup = session.perform(mvc, get("/login/mfa/setup")).andExpect(status().isOk()).andReturn();
		String secret = ((SecondFactors.Enrolment) setup.getModelAndView().getModel().get("enrolment")).secret();

		session.perform(mvc, post("/login/mfa/setup").with(csrf()).param("code", "000000"))
			.andExpect(model().attribute("codeError", "identity.mfa.code.wrong"));
		MvcResult registered = session
			.perform(mvc, post("/login/mfa/setup").with(csrf()).param("code", currentCode(secret)))
			.andExpect(status().isOk())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> recoveryCodes = (List<String>) registered.getModelAndView().getModel().get("recoveryCodes");
		assertThat(recoveryCodes).hasSize(10).allMatch(code -> code.matches("[a-z0-9]{4}-[a-z0-9]{4}"));

		session.perform(mvc, get("/")).andExpect(status().isOk());
		session.perform(mvc, get("/api/v1/me")).andExpect(status().isOk());
	}

	@Test
	void laterLoginsAskForTheCodeAndARecoveryCodeWorksOnce() throws Exception {
		users.createUserWithPassword(new NewUser("mfa-director", "試験 所長", Role.CENTER_DIRECTOR, null, null),
				PASSWORD);
		String secret = register("mfa-director");
		List<String> recoveryCodes = lastRecoveryCodes;

		clock.advance(Duration.ofMinutes(1));
		SessionCookie session = passwordLogin("mfa-director", "/login/mfa");
		session.perform(mvc, post("/login/mfa").with(csrf()).param("code", "123456"))
			.andExpect(model().attribute("codeError", "identity.mfa.code.wrong"));
		session.perform(mvc, get("/consultations")).andExpect(redirectedUrl("/login/mfa"));
		session.perform(mvc, post("/login/mfa").with(csrf()).param("code", currentCode(secret)))
			.andExpect(redirectedUrl("/"));
		session.perform(mvc, get("/consultations")).andExpect(status().isOk());

		SessionCookie lostPhone = passwordLogin("mfa-director", "/login/mfa");
		lostPhone.perform(mvc, post("/login/mfa").with(csrf()).param("code", recoveryCodes.get(0)))
			.andExpect(redirectedUrl("/"));
		SessionCookie again = passwordLogin("mfa-director", "/login/mfa");
		again.perform(mvc, post("/login/mfa").with(csrf()).param("code", recoveryCodes.get(0)))
			.andExpect(model().attribute("codeError", "identity.mfa.code.wrong"));
	}

	@Test
	void wrongCodesLockTheAccountLikeWrongPasswords() throws Exception {
		users.createUserWithPassword(new NewUser("mfa-clerk", "試験 事務", Role.CLERK, null, null), PASSWORD);
		String secret = register("mfa-clerk");
		clock.advance(Duration.ofMinutes(1));

		for (int i = 0; i < 5; i++) {
			SessionCookie session = passwordLogin("mfa-clerk", "/login/mfa");
			session.perform(mvc, post("/login/mfa").with(csrf()).param("code", "00000" + i));
		}

		mvc.perform(formLogin().user("mfa-clerk").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		assertThat(secondFactors.verify("mfa-clerk", currentCode(secret))).as("locked").isFalse();
	}

	@Test
	void scriptsSendTheCodeWithHttpBasic() throws Exception {
		users.createUserWithPassword(new NewUser("mfa-script", "試験 連携", Role.CONSULTANT, null, null), PASSWORD);
		String secret = register("mfa-script");
		clock.advance(Duration.ofMinutes(1));

		mvc.perform(get("/api/v1/me").with(httpBasic("mfa-script", PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic("mfa-script", PASSWORD)).header("X-Tsunagu-OTP",
				currentCode(secret)))
			.andExpect(status().isOk());
	}

	@Test
	void outsideOrganisationsNeedItOnlyWhenRequired() throws Exception {
		users.createUserWithPassword(new NewUser("mfa-partner", "試験 機関", Role.INSTITUTION, null,
				"架空訪問看護ステーションみほん"), PASSWORD);
		mvc.perform(formLogin().user("mfa-partner").password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	private List<String> lastRecoveryCodes = List.of();

	private String register(String username) {
		SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(username);
		lastRecoveryCodes = secondFactors.completeEnrolment(username, enrolment.secret(),
				currentCode(enrolment.secret()));
		return enrolment.secret();
	}

	private SessionCookie passwordLogin(String username, String expectedNext) throws Exception {
		MvcResult login = mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(redirectedUrl(expectedNext))
			.andReturn();
		return SessionCookie.from(login);
	}

	private String currentCode(String secret) {
		return totp.codeAt(secret, Math.floorDiv(clock.instant().getEpochSecond(), TotpCodes.PERIOD_SECONDS));
	}
}

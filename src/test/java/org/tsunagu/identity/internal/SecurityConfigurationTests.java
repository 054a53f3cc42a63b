package org.tsunagu.identity.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The rules every page and API call passes through, seen from outside.
 */
@WebMvcTest(SecurityConfigurationTests.LoginProbe.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, SecurityConfigurationTests.LoginProbe.class })
class SecurityConfigurationTests {

	@Autowired
	MockMvc mvc;

	/** Stands in for the login page: the rules under test act before any controller. */
	@org.springframework.web.bind.annotation.RestController
	static class LoginProbe {

		@org.springframework.web.bind.annotation.GetMapping("/login")
		String login() {
			return "login";
		}
	}

	@Test
	void loginPageIsPublicWithSecureHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/children").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void htmxRequestsOfAnExpiredSessionGetA401NotTheLoginPage() throws Exception {
		mvc.perform(get("/children").header("HX-Request", "true")).andExpect(status().isUnauthorized());
	}

	@Test
	void apiAnswersAnonymousCallsWithAProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("ログインが必要です"));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void apiRefusesAreasOutsideTheRoleWithAProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/admin/users"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("この操作は許可されていません"));
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void clerksCannotOpenChildrensRecords() throws Exception {
		mvc.perform(get("/children")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/children")).andExpect(status().isForbidden());
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void swaggerUiIsForAdministratorsOnly() throws Exception {
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isForbidden());
		mvc.perform(get("/v3/api-docs")).andExpect(status().isForbidden());
	}
}

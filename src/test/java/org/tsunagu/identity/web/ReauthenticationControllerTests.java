package org.tsunagu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.ReauthenticationService;
import org.tsunagu.identity.internal.ReauthenticationService.Outcome;
import org.tsunagu.identity.internal.RecentAuthentication;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ReauthenticationController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class ReauthenticationControllerTests {

	private static final Instant NOW = Instant.parse("2026-12-01T04:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReauthenticationService reauthentication;

	@BeforeEach
	void setUp() {
		given(reauthentication.maxAge()).willReturn(Duration.ofMinutes(5));
		given(reauthentication.now()).willReturn(NOW);
	}

	@Test
	void asksForThePasswordAndTheCodeOfAUserWithAnApp() throws Exception {
		given(reauthentication.needsCode(any())).willReturn(true);

		String page = mvc.perform(get("/account/reauthenticate").param("continue", "/consultations/cases/export.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("本人確認", "5分間", "for=\"password\"", "for=\"code\"", "autocomplete=\"one-time-code\"")
			.contains("name=\"continue\" value=\"/consultations/cases/export.xlsx\"");
	}

	@Test
	void showsAJapaneseFieldErrorForAnEmptyPassword() throws Exception {
		String page = mvc.perform(post("/account/reauthenticate").with(csrf()).param("password", ""))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/reauthenticate"))
			.andExpect(model().attributeHasFieldErrors("reauthenticationForm", "password"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("パスワードを入力してください。").doesNotContain("for=\"code\"");
		verify(reauthentication, never()).reauthenticate(any(), anyString(), anyString());
	}

	@Test
	void saysWhichFieldWasWrong() throws Exception {
		given(reauthentication.reauthenticate(any(), anyString(), anyString())).willReturn(Outcome.WRONG_PASSWORD,
				Outcome.WRONG_CODE);

		mvc.perform(post("/account/reauthenticate").with(csrf()).param("password", "typo"))
			.andExpect(model().attributeHasFieldErrorCode("reauthenticationForm", "password",
					"identity.reauth.password.wrong"));
		mvc.perform(post("/account/reauthenticate").with(csrf()).param("password", "right").param("code", "111111"))
			.andExpect(model().attributeHasFieldErrorCode("reauthenticationForm", "code", "identity.mfa.code.wrong"));
	}

	@Test
	void goesOnToTheLocalPageAndRecordsTheTime() throws Exception {
		given(reauthentication.reauthenticate(any(), anyString(), anyString())).willReturn(Outcome.CONFIRMED);

		MvcResult result = mvc.perform(post("/account/reauthenticate").with(csrf())
			.param("password", "right")
			.param("continue", "/institutions/export.csv?region=松本"))
			.andExpect(redirectedUrl("/institutions/export.csv?region=松本"))
			.andReturn();

		assertThat(result.getRequest().getSession().getAttribute(RecentAuthentication.SESSION_ATTRIBUTE)).isEqualTo(NOW);
	}

	@Test
	void neverSendsTheUserToAnotherSite() throws Exception {
		given(reauthentication.reauthenticate(any(), anyString(), anyString())).willReturn(Outcome.CONFIRMED);

		mvc.perform(post("/account/reauthenticate").with(csrf())
			.param("password", "right")
			.param("continue", "https://evil.example/"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void rejectsTheFormWithoutCsrfToken() throws Exception {
		mvc.perform(post("/account/reauthenticate").param("password", "right")).andExpect(status().isForbidden());
	}
}

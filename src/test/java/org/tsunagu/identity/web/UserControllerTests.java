package org.tsunagu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.tsunagu.testsupport.RecentlyAuthenticated.justNow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.OneTimePassword;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.identity.UserSummary;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.RecentlyAuthenticated;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(UserController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
class UserControllerTests {

	private static final UUID ID = UUID.randomUUID();

	private static final Instant ENROLLED = Instant.parse("2026-11-02T01:30:00Z");

	private static final UserSummary NURSE = new UserSummary(ID, 3, "nurse", "見本 花子", Role.NURSE, null, null, true,
			false, null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	UserManagement users;

	@MockitoBean
	ReferenceData reference;

	@MockitoBean
	SecondFactors secondFactors;

	@BeforeEach
	void setUp() {
		given(reference.regions(false)).willReturn(List.of());
		given(users.getUser(ID)).willReturn(NURSE);
		given(secondFactors.status(ID)).willReturn(new SecondFactors.Status(ENROLLED, true, false, false));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void listsUsersForAdministrators() throws Exception {
		given(users.findUsers(any(), any(), any())).willReturn(new PageImpl<>(List.of(NURSE)));

		mvc.perform(get("/admin/users")).andExpect(status().isOk()).andExpect(view().name("identity/users/list"));
		mvc.perform(get("/admin/users").header("HX-Request", "true"))
			.andExpect(view().name("identity/users/list :: results"));
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void refusesUserManagementToEveryoneElse() throws Exception {
		mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void createsAUserAndShowsTheOneTimePasswordOnce() throws Exception {
		given(users.createUser(any())).willReturn(new OneTimePassword(ID, "OneTimePass123456"));

		mvc.perform(post("/admin/users/new").with(csrf()).with(justNow())
			.param("username", "nurse2")
			.param("displayName", "試験 陽菜")
			.param("role", "NURSE"))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("oneTimePassword", "OneTimePass123456"));
		verify(users).createUser(new NewUser("nurse2", "試験 陽菜", Role.NURSE, null, null));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void showsFieldErrorsInJapanese() throws Exception {
		mvc.perform(post("/admin/users/new").with(csrf()).with(justNow())
			.param("username", "X")
			.param("displayName", "")
			.param("role", "HEALTH_OFFICE"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/users/form"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "username", "Pattern"))
			.andExpect(model().attributeHasFieldErrors("userForm", "displayName", "regionGivenWhenNeeded"));
		verify(users, never()).createUser(any());
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void refusesAStaleEditInsteadOfOverwriting() throws Exception {
		willThrow(new StaleRecordException("UserAccount", ID, 2, 3)).given(users)
			.updateUser(eq(ID), eq(2L), any(), any(), any(), any(), anyBoolean());

		mvc.perform(post("/admin/users/{id}/edit", ID).with(csrf()).with(justNow())
			.param("username", "nurse")
			.param("displayName", "見本 花子")
			.param("role", "NURSE")
			.param("enabled", "true")
			.param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/users/form"))
			.andExpect(model().attribute("flashError", "form.conflict"));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void rejectsFormsWithoutCsrfToken() throws Exception {
		mvc.perform(post("/admin/users/new").param("username", "x")).andExpect(status().isForbidden());
		verify(users, never()).updateUser(any(), anyLong(), any(), any(), any(), any(), anyBoolean());
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void showsTheSecondFactorStatusWithAResetButtonOnTheEditPage() throws Exception {
		String page = mvc.perform(get("/admin/users/{id}/edit", ID).with(justNow()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("二要素認証", "登録済み（2026年11月2日 10:30）", "必須（職員の役割）")
			.contains("/admin/users/" + ID + "/mfa/reset")
			.contains("name=\"version\" value=\"3\"")
			// A staff role always uses it: nothing to require.
			.doesNotContain("/mfa/require");
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void asksForThePasswordAgainBeforeShowingTheEditPageLongAfterTheLogin() throws Exception {
		mvc.perform(get("/admin/users/{id}/edit", ID).with(RecentlyAuthenticated.at(Instant.now().minusSeconds(600))))
			.andExpect(redirectedUrl("/account/reauthenticate?continue=%2Fadmin%2Fusers%2F" + ID + "%2Fedit"));
		mvc.perform(post("/admin/users/{id}/reset-password", ID).with(csrf())
			.header("Referer", "http://localhost/admin/users/" + ID + "/edit"))
			.andExpect(redirectedUrl("/account/reauthenticate?continue=%2Fadmin%2Fusers%2F" + ID + "%2Fedit"));
		verify(users, never()).resetPassword(any());
	}
}

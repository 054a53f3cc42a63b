package org.tsunagu.identity.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tsunagu.testsupport.RecentlyAuthenticated.justNow;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.RecentlyAuthenticated;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(UserSecondFactorController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
class UserSecondFactorControllerTests {

	private static final UUID ID = UUID.randomUUID();

	private static final String EDIT = "/admin/users/" + ID + "/edit";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SecondFactors secondFactors;

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void resetsAUsersSecondFactorWithTheVersionSeen() throws Exception {
		mvc.perform(post("/admin/users/{id}/mfa/reset", ID).with(csrf()).with(justNow()).param("version", "4"))
			.andExpect(redirectedUrl(EDIT))
			.andExpect(flash().attribute("flash", "identity.user.mfa.wasReset"));
		verify(secondFactors).reset(ID, 4);
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void requiresTheSecondFactorForAnOutsideOrganisationsAccount() throws Exception {
		mvc.perform(post("/admin/users/{id}/mfa/require", ID).with(csrf()).with(justNow())
			.param("version", "2")
			.param("required", "true"))
			.andExpect(redirectedUrl(EDIT))
			.andExpect(flash().attribute("flash", "identity.user.mfa.nowRequired"));
		verify(secondFactors).require(ID, 2, true);
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void reportsAStaleResetInsteadOfApplyingIt() throws Exception {
		willThrow(new StaleRecordException("UserAccount", ID, 1, 2)).given(secondFactors).reset(ID, 1);

		mvc.perform(post("/admin/users/{id}/mfa/reset", ID).with(csrf()).with(justNow()).param("version", "1"))
			.andExpect(redirectedUrl(EDIT))
			.andExpect(flash().attribute("flashError", "form.conflict"));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void sendsAnAdministratorWhosePasswordIsOldToReauthenticateFirst() throws Exception {
		mvc.perform(post("/admin/users/{id}/mfa/reset", ID).with(csrf())
			.with(RecentlyAuthenticated.at(Instant.now().minusSeconds(301)))
			.header("Referer", "http://localhost" + EDIT)
			.param("version", "4"))
			.andExpect(redirectedUrl("/account/reauthenticate?continue=%2Fadmin%2Fusers%2F" + ID + "%2Fedit"));
		verify(secondFactors, never()).reset(any(), anyLong());
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void refusesEveryoneButAdministrators() throws Exception {
		mvc.perform(post("/admin/users/{id}/mfa/require", ID).with(csrf()).with(justNow())
			.param("version", "2")
			.param("required", "true"))
			.andExpect(status().isForbidden());
		verify(secondFactors, never()).require(any(), anyLong(), anyBoolean());
	}
}

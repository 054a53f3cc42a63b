package org.tsunagu.registry.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ConsentInput;
import org.tsunagu.registry.ConsentManagement;
import org.tsunagu.registry.ConsentMethod;
import org.tsunagu.registry.ConsentPurpose;
import org.tsunagu.registry.InstitutionKind;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ConsentController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class ConsentControllerTests {

	static final String URL = "/children/" + RegistryWebFixtures.CHILD_ID + "/consents";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChildManagement children;

	@MockitoBean
	ConsentManagement consents;

	@BeforeEach
	void setUp() {
		given(children.get(RegistryWebFixtures.CHILD_ID)).willReturn(RegistryWebFixtures.child());
		given(consents.consents(RegistryWebFixtures.CHILD_ID)).willReturn(List.of(RegistryWebFixtures.sharing()));
	}

	@Test
	void listsConsentsWithBothCalendarsAndState() throws Exception {
		mvc.perform(get(URL))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/consents"))
			.andExpect(model().attribute("activeNav", "REGISTRY"))
			.andExpect(content().string(containsString("関係機関との共有")))
			.andExpect(content().string(containsString("架空訪問看護ステーションみほん")))
			.andExpect(content().string(containsString("2025年4月1日")))
			.andExpect(content().string(containsString("令和7年4月1日")))
			.andExpect(content().string(containsString("有効")))
			.andExpect(content().string(containsString("撤回を確定する")));
	}

	@Test
	void recordsAConsentAndRedirectsWithAMessage() throws Exception {
		mvc.perform(post(URL + "/new").with(csrf())
			.param("purpose", "SHARE_INSTITUTION")
			.param("organisation", "架空訪問看護ステーションみほん")
			.param("institutionKind", "VISITING_NURSING")
			.param("givenOn", "2025-04-01")
			.param("method", "WRITTEN")
			.param("expiresOn", "2026-03-31"))
			.andExpect(redirectedUrl(URL))
			.andExpect(flash().attribute("flash", "registry.consent.saved"));
		verify(consents).record(RegistryWebFixtures.CHILD_ID,
				new ConsentInput(ConsentPurpose.SHARE_INSTITUTION, "架空訪問看護ステーションみほん",
						InstitutionKind.VISITING_NURSING, LocalDate.of(2025, 4, 1), ConsentMethod.WRITTEN,
						LocalDate.of(2026, 3, 31)));
	}

	@Test
	void rejectsSharingWithoutRecipientAndExpiryBeforeGiving() throws Exception {
		mvc.perform(post(URL + "/new").with(csrf())
			.param("purpose", "SHARE_INSTITUTION")
			.param("givenOn", "2025-04-01")
			.param("method", "ORAL")
			.param("expiresOn", "2025-03-31"))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/consent-form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "organisation", "registry.consent.organisation.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "expiresOn", "registry.consent.expiresOn.beforeGiven"))
			.andExpect(content().string(containsString("関係機関名か種別を入力してください")));
		verify(consents, never()).record(any(), any());
	}

	@Test
	void rejectsAFormWithoutPurposeOrMethod() throws Exception {
		mvc.perform(post(URL + "/new").with(csrf()).param("givenOn", "2025-04-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "purpose", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("form", "method", "NotNull"))
			.andExpect(content().string(containsString("目的を選んでください。")));
	}

	@Test
	void withdrawsWithReason() throws Exception {
		mvc.perform(post(URL + "/" + RegistryWebFixtures.CONSENT_ID + "/withdraw").with(csrf())
			.param("withdrawnOn", "2025-06-01")
			.param("reason", "家族の申し出")
			.param("version", "2"))
			.andExpect(redirectedUrl(URL))
			.andExpect(flash().attribute("flash", "registry.consent.withdrawn"));
		verify(consents).withdraw(RegistryWebFixtures.CHILD_ID, RegistryWebFixtures.CONSENT_ID, 2,
				LocalDate.of(2025, 6, 1), "家族の申し出");
	}

	@Test
	void asksForTheReasonOfAWithdrawal() throws Exception {
		mvc.perform(post(URL + "/" + RegistryWebFixtures.CONSENT_ID + "/withdraw").with(csrf())
			.param("withdrawnOn", "2025-06-01")
			.param("reason", " ")
			.param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/consents"))
			.andExpect(model().attributeHasFieldErrorCode("withdrawal", "reason", "NotBlank"))
			.andExpect(content().string(containsString("撤回の理由を入力してください。")));
		verify(consents, never()).withdraw(any(), any(), eq(2L), any(), any());
	}

	@Test
	void showsAConflictForAStaleWithdrawal() throws Exception {
		willThrow(new StaleRecordException("Consent", RegistryWebFixtures.CONSENT_ID, 1, 2)).given(consents)
			.withdraw(any(), any(), eq(1L), any(), any());

		mvc.perform(post(URL + "/" + RegistryWebFixtures.CONSENT_ID + "/withdraw").with(csrf())
			.param("withdrawnOn", "2025-06-01")
			.param("reason", "家族の申し出")
			.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/consents"))
			.andExpect(model().attribute("flashError", "form.conflict"))
			.andExpect(content().string(containsString("ほかの利用者がこの記録を先に更新しました")));
	}

	@Test
	@WithTsunaguUser(role = Role.INSTITUTION, organisation = "見本こども発達支援センター")
	void refusesAnInstitutionTheChildIsNotSharedWith() throws Exception {
		given(children.get(RegistryWebFixtures.CHILD_ID)).willThrow(new AccessDeniedException("not shared"));

		mvc.perform(get(URL)).andExpect(status().isForbidden());
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesAClerk() throws Exception {
		mvc.perform(get(URL)).andExpect(status().isForbidden());
		mvc.perform(post(URL + "/new").with(csrf()).param("purpose", "CONTACT")).andExpect(status().isForbidden());
		verify(consents, never()).record(any(), any());
	}

	@Test
	void showsTheEmptyForm() throws Exception {
		mvc.perform(get(URL + "/new"))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/consent-form"))
			.andExpect(content().string(containsString("県への統計提供")));
	}

}

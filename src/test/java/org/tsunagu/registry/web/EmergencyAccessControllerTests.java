package org.tsunagu.registry.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.registry.EmergencyAccessCandidate;
import org.tsunagu.registry.EmergencyAccessGrant;
import org.tsunagu.registry.EmergencyAccessManagement;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest({ EmergencyAccessController.class, EmergencyAccessReviewController.class,
		EmergencyAccessApiController.class })
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.HEALTH_OFFICE, username = "office-07", region = "佐久")
class EmergencyAccessControllerTests {

	static final UUID CHILD = RegistryWebFixtures.CHILD_ID;

	static final String URL = "/children/" + CHILD + "/emergency-access";

	static final UUID ACCESS = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EmergencyAccessManagement accesses;

	@Test
	void showsTheEmptySearchWithoutErrors() throws Exception {
		mvc.perform(get("/children/emergency-access"))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/emergency-access-search"))
			.andExpect(content().string(containsString("フリガナ（姓）")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("を入力してください"))));
	}

	@Test
	void findsChildrenByFullKanaAndBirthDate() throws Exception {
		given(accesses.findCandidates("ミホン", "ハナコ", LocalDate.of(2019, 4, 2))).willReturn(List.of(
				new EmergencyAccessCandidate(CHILD, "見本 花子", "ミホン ハナコ", LocalDate.of(2019, 4, 2), "松本市")));

		mvc.perform(get("/children/emergency-access").param("familyNameKana", "ミホン")
			.param("givenNameKana", "ハナコ")
			.param("birthDate", "2019-04-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("見本 花子")))
			.andExpect(content().string(containsString(URL)));
	}

	@Test
	void asksForEveryPartOfTheSearch() throws Exception {
		mvc.perform(get("/children/emergency-access").param("familyNameKana", "ミホン").param("birthDate", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "givenNameKana", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "birthDate", "NotNull"))
			.andExpect(content().string(containsString("フリガナ（名）を入力してください")));
		verify(accesses, never()).findCandidates(any(), any(), any());
	}

	@Test
	void asksForTheReasonBeforeShowingAnything() throws Exception {
		given(accesses.openGrant(CHILD)).willReturn(Optional.empty());

		mvc.perform(get(URL))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/emergency-access-form"))
			.andExpect(content().string(containsString("緊急時アクセスの理由")));
		verify(accesses, never()).emergencyInfo(any());
	}

	@Test
	void refusesABlankReasonWithAFieldError() throws Exception {
		mvc.perform(post(URL).with(csrf()).param("reason", "  "))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/emergency-access-form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "reason", "NotBlank"))
			.andExpect(content().string(containsString("緊急時アクセスの理由を入力してください")));
		verify(accesses, never()).grant(any(), any());
	}

	@Test
	void grantsWithAReasonAndRedirectsToTheInformation() throws Exception {
		mvc.perform(post(URL).with(csrf()).param("reason", "救急隊からの問い合わせ"))
			.andExpect(redirectedUrl(URL))
			.andExpect(flash().attribute("flash", "registry.emergencyAccess.granted"));
		verify(accesses).grant(CHILD, "救急隊からの問い合わせ");
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesAClerkByUrl() throws Exception {
		mvc.perform(get(URL)).andExpect(status().isForbidden());
		mvc.perform(post(URL).with(csrf()).param("reason", "理由")).andExpect(status().isForbidden());
		verify(accesses, never()).grant(any(), any());
	}

	@Test
	@WithTsunaguUser(role = Role.INSTITUTION, organisation = "架空病院")
	void refusesAnInstitutionUserInTheService() throws Exception {
		willThrow(new AccessDeniedException("institution")).given(accesses).grant(any(), any());

		mvc.perform(post(URL).with(csrf()).param("reason", "理由")).andExpect(status().isForbidden());
	}

	@Test
	void apiRequiresAReason() throws Exception {
		mvc.perform(post("/api/v1" + URL).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
			.andExpect(status().isBadRequest());
		verify(accesses, never()).grant(any(), any());
	}

	@Test
	void apiGrantsWithAReason() throws Exception {
		given(accesses.grant(CHILD, "搬送先の確認")).willReturn(grant(false));

		mvc.perform(post("/api/v1" + URL).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"搬送先の確認\"}"))
			.andExpect(status().isCreated())
			.andExpect(content().string(containsString("搬送先の確認")));
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR, username = "director")
	void showsTheDirectorTheAccessesToReview() throws Exception {
		given(accesses.accessesForReview()).willReturn(List.of(grant(false)));

		mvc.perform(get("/children/emergency-access/reviews"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("office-07")))
			.andExpect(content().string(containsString("搬送先の確認")))
			.andExpect(content().string(containsString("確認済みにする")));
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR, username = "director")
	void marksAnAccessReviewed() throws Exception {
		mvc.perform(post("/children/emergency-access/reviews/" + ACCESS).with(csrf())
			.param("version", "0")
			.param("comment", "理由は適切"))
			.andExpect(redirectedUrl("/children/emergency-access/reviews"))
			.andExpect(flash().attribute("flash", "registry.emergencyAccess.reviewed"));
		verify(accesses).markReviewed(ACCESS, 0, "理由は適切");
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR, username = "director")
	void showsAConflictWhenAColleagueReviewedFirst() throws Exception {
		willThrow(new StaleRecordException("EmergencyAccess", ACCESS, 0, 1)).given(accesses)
			.markReviewed(eq(ACCESS), anyLong(), any());
		given(accesses.accessesForReview()).willReturn(List.of(grant(true)));

		mvc.perform(post("/children/emergency-access/reviews/" + ACCESS).with(csrf()).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("flashError", "form.conflict"));
	}

	@Test
	void refusesTheReviewListToOthersThanTheDirector() throws Exception {
		given(accesses.accessesForReview()).willThrow(new AccessDeniedException("director only"));

		mvc.perform(get("/children/emergency-access/reviews")).andExpect(status().isForbidden());
	}

	static EmergencyAccessGrant grant(boolean reviewed) {
		Instant at = Instant.parse("2026-12-01T01:00:00Z");
		return new EmergencyAccessGrant(ACCESS, reviewed ? 1 : 0, CHILD, "見本 花子", "office-07", "試験 事務所",
				"HEALTH_OFFICE", "搬送先の確認", at, at.plusSeconds(10_800), reviewed ? at.plusSeconds(86_400) : null,
				reviewed ? "director" : null, null);
	}
}

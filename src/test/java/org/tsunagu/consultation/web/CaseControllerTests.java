package org.tsunagu.consultation.web;

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

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.ReferralManagement;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(CaseController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, CasePage.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class CaseControllerTests {

	static final UUID ID = CaseApiControllerTests.ID;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CaseManagement cases;

	@MockitoBean
	ConsultationManagement consultations;

	@MockitoBean
	ReferralManagement referrals;

	@MockitoBean
	InstitutionManagement institutions;

	@MockitoBean
	ReferenceData reference;

	@BeforeEach
	void aCase() {
		given(reference.regions(false)).willReturn(List.of());
		given(cases.get(ID)).willReturn(CaseApiControllerTests.details());
		given(referrals.referralsOf(ID)).willReturn(List.of());
		given(institutions.search(any(), any())).willReturn(new PageImpl<>(List.of()));
	}

	@Test
	void showsTheCaseWithItsOverdueMarkAndTimeline() throws Exception {
		mvc.perform(get("/consultations/cases/{id}", ID))
			.andExpect(status().isOk())
			.andExpect(view().name("consultation/case"))
			.andExpect(content().string(Matchers.containsString("期限超過")))
			.andExpect(content().string(Matchers.containsString("（架空）様子を聞いた")));
	}

	@Test
	void showsFieldErrorsOfAContactWithoutContentOnTheCasePage() throws Exception {
		mvc.perform(post("/consultations/cases/{id}/contacts", ID).with(csrf())
			.param("occurredOn", "2026-06-10")
			.param("channel", "PHONE")
			.param("counterpart", "")
			.param("content", ""))
			.andExpect(status().isOk())
			.andExpect(view().name("consultation/case"))
			.andExpect(model().attributeHasFieldErrors("contactForm", "counterpart", "content"))
			.andExpect(content().string(Matchers.containsString("対応の内容を入力してください。")));
		verify(cases, never()).recordContact(any(), any());
	}

	@Test
	void aRefusedStepComesBackAsAFlashError() throws Exception {
		willThrow(new IllegalStateException("Case is CLOSED")).given(cases)
			.changeStatus(eq(ID), anyLong(), eq(CaseStatus.MONITORING));

		mvc.perform(post("/consultations/cases/{id}/status", ID).with(csrf())
			.param("version", "4")
			.param("status", "MONITORING"))
			.andExpect(redirectedUrl("/consultations/cases/" + ID))
			.andExpect(flash().attribute("flashError", "consultation.case.refused"));
	}

	@Test
	void theConsultationPageLeadsToItsExistingCase() throws Exception {
		UUID consultation = UUID.randomUUID();
		given(cases.caseOf(consultation)).willReturn(Optional.of(ID));

		mvc.perform(get("/consultations/{id}/case", consultation)).andExpect(redirectedUrl("/consultations/cases/" + ID));
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void aClerkCannotOpenCases() throws Exception {
		mvc.perform(get("/consultations/cases")).andExpect(status().isForbidden());
	}
}

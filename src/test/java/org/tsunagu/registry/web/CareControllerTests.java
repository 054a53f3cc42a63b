package org.tsunagu.registry.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.registry.CareAssessmentManagement;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.SevereDisabilityClass;
import org.tsunagu.registry.SevereScoreView;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(CareController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class CareControllerTests {

	static final String URL = "/children/" + CareWebFixtures.CHILD_ID + "/care";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChildManagement children;

	@MockitoBean
	CareAssessmentManagement care;

	@BeforeEach
	void setUp() {
		given(children.get(CareWebFixtures.CHILD_ID)).willReturn(CareWebFixtures.child());
		given(care.assessments(CareWebFixtures.CHILD_ID))
			.willReturn(List.of(CareWebFixtures.assessment(LocalDate.of(2025, 4, 1), 20, CareClass.CLASS_2),
					CareWebFixtures.assessment(LocalDate.of(2024, 4, 1), 12, CareClass.CLASS_1)));
		given(care.severeScores(CareWebFixtures.CHILD_ID)).willReturn(List.of(new SevereScoreView(
				java.util.UUID.randomUUID(), LocalDate.of(2024, 6, 1), 27, SevereDisabilityClass.SEVERE, null)));
	}

	@Test
	void showsTheLatestScoreTheHistoryInBothCalendarsAndTheDevices() throws Exception {
		mvc.perform(get(URL))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/care"))
			.andExpect(model().attribute("activeNav", "REGISTRY"))
			.andExpect(content().string(containsString("見本 花子さんの医療的ケア")))
			.andExpect(content().string(containsString("区分2（16点以上）")))
			.andExpect(content().string(containsString("令和7年4月1日")))
			.andExpect(content().string(containsString("2024年4月1日")))
			.andExpect(content().string(containsString("架空メディカル VX-100")))
			.andExpect(content().string(containsString("超重症児")));
	}

	@Test
	void recordsAnOldScore() throws Exception {
		mvc.perform(post(URL + "/severe-scores").with(csrf()).param("scoredOn", "2025-01-10").param("total", "12"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(URL))
			.andExpect(flash().attribute("flash", "registry.care.severe.saved"));
		verify(care).recordSevereScore(CareWebFixtures.CHILD_ID, LocalDate.of(2025, 1, 10), 12, "");
	}

	@Test
	void rejectsAnOldScoreWithoutTotal() throws Exception {
		mvc.perform(post(URL + "/severe-scores").with(csrf()).param("scoredOn", "2025-01-10"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("severeForm", "total"))
			.andExpect(content().string(containsString("合計点を入力してください。")));
		verify(care, never()).recordSevereScore(any(), any(), eq(0), any());
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesAClerk() throws Exception {
		mvc.perform(get(URL)).andExpect(status().isForbidden());
	}
}

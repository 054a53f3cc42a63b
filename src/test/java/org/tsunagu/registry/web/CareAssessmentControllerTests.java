package org.tsunagu.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
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

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.registry.CareAssessmentInput;
import org.tsunagu.registry.CareAssessmentManagement;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.CareLevel;
import org.tsunagu.registry.CareSelection;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.DeviceKind;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(CareAssessmentController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.NURSE)
class CareAssessmentControllerTests {

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
		given(care.careItems()).willReturn(CareWebFixtures.options());
		given(care.calculate(anyList(), any())).willReturn(CareWebFixtures.score(0, CareClass.NONE));
	}

	@Test
	void offersEveryRowWithOnlyTheLevelsItHas() throws Exception {
		mvc.perform(get(URL + "/new"))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/care-form"))
			.andExpect(content().string(containsString("見守り中（+1点）")))
			.andExpect(content().string(containsString("見守り低のみ（0点）")))
			.andExpect(content().string(containsString("hx-trigger=\"change\"")))
			.andExpect(content().string(containsString("aria-live=\"polite\"")))
			.andExpect(content().string(containsString("name=\"items[1].level\"")))
			.andExpect(content().string(not(containsString("name=\"items[2].level\""))))
			.andExpect(content().string(containsString("name=\"devices[2].kind\"")));
	}

	@Test
	void previewsTheScoreAsAFragment() throws Exception {
		given(care.calculate(eq(List.of(new CareSelection(1, 0, CareLevel.HIGH), new CareSelection(6, 0, CareLevel.LOW))),
				any()))
			.willReturn(CareWebFixtures.score(15, CareClass.CLASS_1));

		mvc.perform(post(URL + "/preview").with(csrf())
			.header("HX-Request", "true")
			.param("items[0].itemNo", "1")
			.param("items[0].selected", "true")
			.param("items[0].level", "HIGH")
			.param("items[2].itemNo", "6")
			.param("items[2].selected", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("15点")))
			.andExpect(content().string(containsString("区分1（3点以上）")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void recordsAnAssessmentAndRedirectsToTheCareTab() throws Exception {
		mvc.perform(filled(post(URL + "/new"), "2025-04-01").param("items[0].level", "MID")
			.param("devices[0].kind", "VENTILATOR")
			.param("devices[0].model", "架空メディカル VX-100")
			.param("devices[0].batteryHours", "8.5")
			.param("devices[0].powerDependent", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(URL))
			.andExpect(flash().attribute("flash", "registry.care.saved"));

		ArgumentCaptor<CareAssessmentInput> input = ArgumentCaptor.forClass(CareAssessmentInput.class);
		verify(care).record(eq(CareWebFixtures.CHILD_ID), input.capture());
		assertThat(input.getValue().items()).containsExactly(new CareSelection(1, 0, CareLevel.MID));
		assertThat(input.getValue().devices()).singleElement()
			.satisfies(device -> assertThat(device.kind()).isEqualTo(DeviceKind.VENTILATOR));
	}

	@Test
	void asksForTheLevelOfACheckedRowAndForTheDate() throws Exception {
		mvc.perform(filled(post(URL + "/new"), ""))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/care-form"))
			.andExpect(model().attributeHasFieldErrors("form", "assessedOn", "items[0].level"))
			.andExpect(content().string(containsString("判定日を入力してください。")))
			.andExpect(content().string(containsString("見守りの段階（高・中・低）を選んでください。")));
		verify(care, never()).record(any(), any());
	}

	@Test
	void rejectsADateInTheFuture() throws Exception {
		mvc.perform(filled(post(URL + "/new"), JapaneseDates.today().plusDays(2).toString()).param("items[0].level", "LOW"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "assessedOn"));
		verify(care, never()).record(any(), any());
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesAClerk() throws Exception {
		mvc.perform(get(URL + "/new")).andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String assessedOn) {
		return request.with(csrf())
			.param("assessedOn", assessedOn)
			.param("assessedBy", "架空こども病院 医師意見書")
			.param("items[0].itemNo", "1")
			.param("items[0].subItem", "0")
			.param("items[0].selected", "true")
			.param("items[1].itemNo", "2")
			.param("items[2].itemNo", "6");
	}
}

package org.tsunagu.training.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.training.ApplicationManagement;
import org.tsunagu.training.ApplicationReceipt;
import org.tsunagu.training.ApplicationRefusedException;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.OfferingView;

/** The public application form: no login, field errors in Japanese, the rules' refusals on their fields. */
@WebMvcTest(PublicTrainingController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, TrainingChoices.class })
class PublicTrainingControllerTests {

	static final UUID OFFERING = UUID.fromString("00000000-0000-0000-0000-000000000077");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CourseManagement courses;

	@MockitoBean
	ApplicationManagement applications;

	@MockitoBean
	ReferenceData reference;

	@Test
	void showsTheOpenOfferingWithItsFormWithoutLogin() throws Exception {
		given(courses.openOffering(eq(OFFERING), any())).willReturn(offering());

		mvc.perform(get("/public/trainings/{id}", OFFERING))
			.andExpect(status().isOk())
			.andExpect(view().name("training/public/offering"))
			.andExpect(model().attribute("prerequisite", true));
	}

	@Test
	void anIncompleteFormComesBackWithFieldErrorsAndNothingIsApplied() throws Exception {
		given(courses.openOffering(eq(OFFERING), any())).willReturn(offering());

		mvc.perform(post("/public/trainings/{id}", OFFERING).with(csrf()).param("name", "見本 花子"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("applicationForm", "kana", "birthDate", "email", "municipalityCode"));
		verify(applications, never()).apply(any(), any());
	}

	@Test
	void aMissingPrerequisiteIsShownOnItsField() throws Exception {
		given(courses.openOffering(eq(OFFERING), any())).willReturn(offering());
		given(applications.apply(eq(OFFERING), any()))
			.willThrow(new ApplicationRefusedException(ApplicationRefusedException.Reason.PREREQUISITE_MISSING));

		mvc.perform(complete(post("/public/trainings/{id}", OFFERING)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("applicationForm", "prerequisiteNote",
					"training.apply.prerequisite.missing"));
	}

	@Test
	void aValidApplicationLeadsToTheReferenceNumber() throws Exception {
		given(applications.apply(eq(OFFERING), any())).willReturn(new ApplicationReceipt("TR26-ABCDEF", "（試験）研修"));

		mvc.perform(complete(post("/public/trainings/{id}", OFFERING)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/public/trainings/applied"));
	}

	@Test
	void refusesAPostWithoutCsrfToken() throws Exception {
		mvc.perform(post("/public/trainings/{id}", OFFERING).param("name", "見本 花子")).andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder complete(MockHttpServletRequestBuilder request) {
		return request.with(csrf())
			.param("name", "見本 花子")
			.param("kana", "ミホン ハナコ")
			.param("birthDate", "1990-04-01")
			.param("organisation", "（架空）みほん訪問看護")
			.param("organisationKind", "VISITING_NURSING")
			.param("job", "看護師")
			.param("municipalityCode", "202029")
			.param("email", "hanako@example.invalid");
	}

	static OfferingView offering() {
		return new OfferingView(OFFERING, 1, UUID.randomUUID(), "（試験）コーディネーター養成研修", CourseKind.COORDINATOR,
				CourseKind.SUPPORTER, 2026, "（試験）令和8年度", 10, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31),
				false, null, null, List.of(), 0, 0, 0);
	}
}

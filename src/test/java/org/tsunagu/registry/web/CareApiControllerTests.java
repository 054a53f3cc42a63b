package org.tsunagu.registry.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.registry.CareAssessmentManagement;
import org.tsunagu.registry.CareAssessmentView;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.CareLevel;
import org.tsunagu.registry.CareSelection;
import org.tsunagu.registry.InvalidCareSelectionException;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(CareApiController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class CareApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CareAssessmentManagement care;

	@Test
	void calculatesAScoreWithoutStoringIt() throws Exception {
		given(care.calculate(eq(List.of(new CareSelection(1, 0, CareLevel.HIGH))), any()))
			.willReturn(CareWebFixtures.score(12, CareClass.CLASS_1));

		mvc.perform(post("/api/v1/care-score").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"itemNo\":1,\"level\":\"HIGH\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(12))
			.andExpect(jsonPath("$.careClass").value("CLASS_1"))
			.andExpect(jsonPath("$.rows[0].points").value(12));
	}

	@Test
	void reportsALevelTheRowDoesNotHaveAsBadRequest() throws Exception {
		given(care.calculate(any(), any())).willThrow(new InvalidCareSelectionException("row 2-0 has no MID"));

		mvc.perform(post("/api/v1/care-score").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"itemNo\":2,\"level\":\"MID\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:tsunagu:problem:invalid-care-item"))
			.andExpect(jsonPath("$.detail").value("row 2-0 has no MID"));
	}

	@Test
	void reportsAnItemNumberOutsideTheSheetAsBadRequest() throws Exception {
		mvc.perform(post("/api/v1/care-score").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"itemNo\":15,\"level\":\"LOW\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['items[0].itemNo']").value("項目番号は1から14までです。"));
	}

	@Test
	void reportsAnUnknownLevelAsBadRequest() throws Exception {
		mvc.perform(post("/api/v1/care-score").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[{\"itemNo\":1,\"level\":\"EXTREME\"}]}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void listsAChildsAssessmentsNewestFirst() throws Exception {
		given(care.assessments(CareWebFixtures.CHILD_ID))
			.willReturn(List.of(CareWebFixtures.assessment(LocalDate.of(2025, 4, 1), 20, CareClass.CLASS_2)));

		mvc.perform(get("/api/v1/children/" + CareWebFixtures.CHILD_ID + "/care-assessments"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].assessedOn").value("2025-04-01"))
			.andExpect(jsonPath("$[0].careClass").value("CLASS_2"))
			.andExpect(jsonPath("$[0].devices[0].kind").value("VENTILATOR"));
	}

	@Test
	void recordsAnAssessmentWithItsLocation() throws Exception {
		CareAssessmentView stored = CareWebFixtures.assessment(LocalDate.of(2025, 4, 1), 20, CareClass.CLASS_2);
		UUID id = stored.id();
		given(care.record(eq(CareWebFixtures.CHILD_ID), any())).willReturn(id);
		given(care.assessments(CareWebFixtures.CHILD_ID)).willReturn(List.of(stored));

		mvc.perform(post("/api/v1/children/" + CareWebFixtures.CHILD_ID + "/care-assessments").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"assessedOn":"2025-04-01","assessedBy":"架空こども病院","items":[{"itemNo":1,"level":"HIGH"}],
					 "devices":[{"kind":"VENTILATOR","model":"架空メディカル VX-100","batteryHours":8,"powerDependent":true}]}
					"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.endsWith("/care-assessments/" + id)))
			.andExpect(jsonPath("$.total").value(20));
	}

	@Test
	void rejectsAnAssessmentWithoutDate() throws Exception {
		mvc.perform(post("/api/v1/children/" + CareWebFixtures.CHILD_ID + "/care-assessments").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.assessedOn").value("判定日を入力してください。"));
	}
}

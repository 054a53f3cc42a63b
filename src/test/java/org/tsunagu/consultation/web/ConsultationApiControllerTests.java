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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ConsultationApiController.class)
@Import(SecurityConfiguration.class)
@WithTsunaguUser(role = Role.NURSE)
class ConsultationApiControllerTests {

	private static final java.util.UUID ID = ConsultationControllerTests.ID;

	private static final String BODY = """
			{"receivedAt":"2026-04-01T09:30","channel":"PHONE","consulterType":"FAMILY","municipalityCode":"202029",
			 "childLink":"UNKNOWN","topics":["SCHOOLING"],"content":"（架空）就学相談について"}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ConsultationManagement consultations;

	@Test
	void answersAConsultationWithItsVersionAsETag() throws Exception {
		given(consultations.get(ID)).willReturn(ConsultationControllerTests.details());

		mvc.perform(get("/api/v1/consultations/{id}", ID))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"3\""))
			.andExpect(jsonPath("$.regionName").value("松本"))
			.andExpect(jsonPath("$.receivedAt").value("2026-04-01T00:30:00Z"));
	}

	@Test
	void recordsAConsultationWith201() throws Exception {
		given(consultations.record(any())).willReturn(ID);
		given(consultations.get(ID)).willReturn(ConsultationControllerTests.details());

		mvc.perform(post("/api/v1/consultations").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/consultations/" + ID));
	}

	@Test
	void refusesAnUpdateWithoutIfMatch() throws Exception {
		mvc.perform(put("/api/v1/consultations/{id}", ID).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isPreconditionRequired());
		verify(consultations, never()).update(any(), anyLong(), any());
	}

	@Test
	void answersAStaleWriteWith409() throws Exception {
		willThrow(new StaleRecordException("Consultation", ID, 2, 3)).given(consultations).update(eq(ID), eq(2L), any());

		mvc.perform(put("/api/v1/consultations/{id}", ID).with(csrf())
			.header("If-Match", "\"2\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(3));
	}

	@Test
	void reportsFieldErrorsAsProblemDetails() throws Exception {
		mvc.perform(post("/api/v1/consultations").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.content").value("相談内容を入力してください。"));
	}

	@Test
	void answersAConsultationOutsideTheScopeWith403() throws Exception {
		given(consultations.get(ID)).willThrow(new AccessDeniedException("other region"));

		mvc.perform(get("/api/v1/consultations/{id}", ID)).andExpect(status().isForbidden());
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesClerks() throws Exception {
		mvc.perform(get("/api/v1/consultations")).andExpect(status().isForbidden());
	}
}

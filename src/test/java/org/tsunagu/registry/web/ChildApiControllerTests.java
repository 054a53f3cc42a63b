package org.tsunagu.registry.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
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
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.Sex;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ChildApiController.class)
@Import(SecurityConfiguration.class)
@WithTsunaguUser(role = Role.NURSE)
class ChildApiControllerTests {

	private static final UUID ID = UUID.randomUUID();

	private static final String BODY = """
			{"familyName":"見本","givenName":"花子","familyNameKana":"ミホン","givenNameKana":"ハナコ",
			 "birthDate":"2019-05-01","sex":"FEMALE","municipalityCode":"202029"}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChildManagement children;

	@Test
	void answersAChildWithItsVersionAsETag() throws Exception {
		given(children.get(ID)).willReturn(child(4));

		mvc.perform(get("/api/v1/children/{id}", ID))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"4\""))
			.andExpect(jsonPath("$.familyNameKana").value("ミホン"))
			.andExpect(jsonPath("$.regionName").value("松本"));
	}

	@Test
	void refusesAnUpdateWithoutIfMatch() throws Exception {
		mvc.perform(put("/api/v1/children/{id}", ID).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isPreconditionRequired());
		verify(children, never()).update(any(), anyLong(), any());
	}

	@Test
	void answersAStaleWriteWith409() throws Exception {
		willThrow(new StaleRecordException("Child", ID, 3, 4)).given(children).update(eq(ID), eq(3L), any());

		mvc.perform(put("/api/v1/children/{id}", ID).with(csrf())
			.header("If-Match", "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(4));
	}

	@Test
	void updatesWithTheRightVersionAndAnswersTheNewETag() throws Exception {
		given(children.get(ID)).willReturn(child(5));

		mvc.perform(put("/api/v1/children/{id}", ID).with(csrf())
			.header("If-Match", "\"4\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"5\""));
		verify(children).update(eq(ID), eq(4L), any());
	}

	@Test
	void reportsFieldErrorsAsProblemDetails() throws Exception {
		mvc.perform(post("/api/v1/children").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"familyName\":\"見本\",\"familyNameKana\":\"mihon\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.familyNameKana").value("フリガナはカタカナで入力してください。"))
			.andExpect(jsonPath("$.errors.birthDate").value("生年月日を入力してください。"));
	}

	@Test
	void answersAChildOutsideTheScopeWith403() throws Exception {
		given(children.get(ID)).willThrow(new AccessDeniedException("other region"));

		mvc.perform(get("/api/v1/children/{id}", ID)).andExpect(status().isForbidden());
	}

	@Test
	void reportsAPossibleDuplicateUnlessConfirmed() throws Exception {
		given(children.findPossibleDuplicates(any())).willReturn(List.of(new org.tsunagu.registry.ChildListItem(ID,
				"見本 花子", "ミホン ハナコ", LocalDate.of(2019, 5, 1), "松本市", "松本", ChildStatus.ENROLLED)));

		mvc.perform(post("/api/v1/children").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.duplicates[0]").value(ID.toString()));
		verify(children, never()).register(any());
	}

	private static ChildDetails child(long version) {
		return new ChildDetails(ID, version, "見本", "花子", "ミホン", "ハナコ", LocalDate.of(2019, 5, 1), Sex.FEMALE, null,
				null, "202029", "松本市", "松本", null, null, null, null, null, null, null, null, false,
				ChildStatus.ENROLLED, null, null, List.of(), null, null);
	}
}

package org.tsunagu.consultation.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.CaseApprovals;
import org.tsunagu.consultation.CaseDetails;
import org.tsunagu.consultation.CaseEntryKind;
import org.tsunagu.consultation.CaseEntryView;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ReferralManagement;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(CaseApiController.class)
@Import(SecurityConfiguration.class)
@WithTsunaguUser(role = Role.CONSULTANT)
class CaseApiControllerTests {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000ca5e");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CaseManagement cases;

	@MockitoBean
	CaseApprovals approvals;

	@MockitoBean
	ReferralManagement referrals;

	@Test
	void answersACaseWithItsVersionAsETagAndItsOverdueFlag() throws Exception {
		given(cases.get(ID)).willReturn(details());

		mvc.perform(get("/api/v1/cases/{id}", ID))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"4\""))
			.andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.timeline[0].kind").value("CONTACT"));
	}

	@Test
	void opensACaseWith201() throws Exception {
		UUID consultation = UUID.randomUUID();
		given(cases.open(eq(consultation), any(), eq(CasePriority.HIGH), any())).willReturn(ID);
		given(cases.get(ID)).willReturn(details());

		mvc.perform(post("/api/v1/cases").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"consultationId\":\"" + consultation + "\",\"priority\":\"HIGH\",\"nextContactDue\":\"2026-06-12\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/cases/" + ID));
	}

	@Test
	void refusesAStateChangeWithoutIfMatch() throws Exception {
		mvc.perform(put("/api/v1/cases/{id}/plan", ID).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"priority\":\"LOW\"}"))
			.andExpect(status().isPreconditionRequired());
		verify(cases, never()).plan(any(), anyLong(), any(), any());
	}

	@Test
	void answersAStaleOrRefusedStepWith409() throws Exception {
		willThrow(new StaleRecordException("ConsultationCase", ID, 3, 4)).given(approvals)
			.requestClose(eq(ID), eq(3L), anyString());
		willThrow(new IllegalStateException("Case is CLOSED; cannot reopen")).given(approvals)
			.reopen(eq(ID), eq(4L), anyString());

		mvc.perform(post("/api/v1/cases/{id}/close-request", ID).with(csrf())
			.header("If-Match", "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"（架空）\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/cases/{id}/reopen", ID).with(csrf())
			.header("If-Match", "\"4\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"（架空）\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void rejectsAContactWithoutContentFieldByField() throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/contacts", ID).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"occurredOn\":\"2026-06-10\",\"channel\":\"PHONE\",\"counterpart\":\"母\",\"content\":\"\"}"))
			.andExpect(status().isBadRequest());
		verify(cases, never()).recordContact(any(), any());
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void aClerkGetsNoCases() throws Exception {
		mvc.perform(get("/api/v1/cases/{id}", ID)).andExpect(status().isForbidden());
	}

	static CaseDetails details() {
		return new CaseDetails(ID, 4, UUID.randomUUID(), "（架空）就学の相談", "松本", null, UUID.randomUUID(), "試験 相談員",
				CaseStatus.IN_PROGRESS, CasePriority.HIGH, LocalDate.of(2026, 6, 12), true, false, null,
				LocalDate.of(2026, 6, 10), null,
				List.of(new CaseEntryView(UUID.randomUUID(), CaseEntryKind.CONTACT, LocalDate.of(2026, 6, 10),
						org.tsunagu.consultation.ConsultationChannel.PHONE, "母", "（架空）様子を聞いた", "試験 相談員",
						Instant.parse("2026-06-10T01:00:00Z"))),
				List.of(), List.of());
	}
}

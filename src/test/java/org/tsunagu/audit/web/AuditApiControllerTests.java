package org.tsunagu.audit.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.CappedCount;
import org.tsunagu.shared.CappedPage;
import org.tsunagu.shared.PageBeyondCapException;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(AuditApiController.class)
@Import(SecurityConfiguration.class)
class AuditApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AuditQueries queries;

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void listsEntriesAsJson() throws Exception {
		AuditEntryView entry = new AuditEntryView(UUID.randomUUID(), Instant.parse("2026-11-25T07:10:00Z"),
				"yamada-test", AuditAction.EXPORT, "AuditEntry", null, "filter: none", "192.0.2.10");
		when(queries.findEntries(any(), any())).thenReturn(new PageImpl<>(List.of(entry), PageRequest.of(0, 50), 1));

		mvc.perform(get("/api/v1/admin/audit-entries").param("action", "EXPORT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].actor").value("yamada-test"))
			.andExpect(jsonPath("$.entries[0].action").value("EXPORT"))
			.andExpect(jsonPath("$.entries[0].occurredAt").value("2026-11-25T07:10:00Z"))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.totalCapped").value(false));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void saysWhenTheCountStoppedAtTheCap() throws Exception {
		when(queries.findEntries(any(), any()))
			.thenReturn(new CappedPage<>(List.of(), PageRequest.of(0, 50), CappedCount.of(10_001)));

		mvc.perform(get("/api/v1/admin/audit-entries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(10_000))
			.andExpect(jsonPath("$.totalPages").value(200))
			.andExpect(jsonPath("$.totalCapped").value(true));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void refusesAPageBeyondTheCapAsProblemDetail() throws Exception {
		when(queries.findEntries(any(), any())).thenThrow(new PageBeyondCapException(10_000));

		mvc.perform(get("/api/v1/admin/audit-entries").param("page", "200"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:tsunagu:problem:page-beyond-cap"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("10,000件")));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void reportsAnInvalidRangeAsProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/admin/audit-entries").param("from", "2026-11-30").param("to", "2026-11-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:tsunagu:problem:validation"))
			.andExpect(jsonPath("$.errors.to").exists());
		verify(queries, never()).findEntries(any(), any());
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void forbidsTheApiToAConsultant() throws Exception {
		mvc.perform(get("/api/v1/admin/audit-entries")).andExpect(status().isForbidden());
	}
}

package org.tsunagu.institution.web;

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
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.institution.InstitutionTransfer;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(InstitutionApiController.class)
@Import(SecurityConfiguration.class)
@WithTsunaguUser(role = Role.NURSE)
class InstitutionApiControllerTests {

	private static final UUID ID = UUID.randomUUID();

	private static final String BODY = """
			{"name":"試験短期入所ホーム","kana":"しけん","kind":"SHORT_STAY","municipalityCode":"202029",
			 "capabilities":[{"itemNo":1,"acceptance":"ACCEPTS"}]}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InstitutionManagement institutions;

	@MockitoBean
	InstitutionTransfer transfer;

	@MockitoBean
	InstitutionChoices choices;

	@Test
	void answersThePublicDirectoryInTheShapeOfOpenReferralHsds() throws Exception {
		given(transfer.publicDirectory(any())).willReturn(List.of(details(4)));
		given(choices.careCategories()).willReturn(new java.util.TreeMap<>(java.util.Map.of(1, "人工呼吸器の管理")));

		mvc.perform(get("/api/v1/institutions/hsds").param("region", "松本"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(ID.toString()))
			.andExpect(jsonPath("$[0].alternate_name").value("シケン"))
			.andExpect(jsonPath("$[0].services[0].organization_id").value(ID.toString()))
			.andExpect(jsonPath("$[0].services[0].name").value("試験短期入所ホーム（短期入所）"))
			.andExpect(jsonPath("$[0].services[0].attributes[1].label").value("人工呼吸器の管理"))
			.andExpect(jsonPath("$[0].locations[0].addresses[0].city").value("松本市"))
			.andExpect(jsonPath("$[0].locations[0].addresses[0].country").value("JP"))
			.andExpect(jsonPath("$[0].phones[0].number").value("0000-00-0001"));
	}

	@Test
	void answersAnInstitutionWithItsVersionAsETag() throws Exception {
		given(institutions.get(ID)).willReturn(details(4));

		mvc.perform(get("/api/v1/institutions/{id}", ID))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"4\""))
			.andExpect(jsonPath("$.regionName").value("松本"))
			.andExpect(jsonPath("$.capabilities[0].acceptance").value("ACCEPTS"));
	}

	@Test
	void registersAndAnswers201() throws Exception {
		given(institutions.register(any())).willReturn(ID);
		given(institutions.get(ID)).willReturn(details(0));

		mvc.perform(post("/api/v1/institutions").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/institutions/" + ID));
	}

	@Test
	void refusesAnUpdateWithoutIfMatch() throws Exception {
		mvc.perform(put("/api/v1/institutions/{id}", ID).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY)).andExpect(status().isPreconditionRequired());
		verify(institutions, never()).update(any(), anyLong(), any());
	}

	@Test
	void answersAStaleWriteWith409() throws Exception {
		willThrow(new StaleRecordException("Institution", ID, 3, 4)).given(institutions)
			.update(eq(ID), eq(3L), any());

		mvc.perform(put("/api/v1/institutions/{id}", ID).with(csrf())
			.header("If-Match", "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY)).andExpect(status().isConflict());
	}

	@Test
	void reportsFieldErrorsAsProblemDetails() throws Exception {
		mvc.perform(post("/api/v1/institutions").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"試験\",\"kana\":\"abc\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.kana").value("フリガナはカタカナで入力してください。"));
	}

	@Test
	@WithTsunaguUser(role = Role.INSTITUTION)
	void outsideOrganisationsGet403() throws Exception {
		mvc.perform(get("/api/v1/institutions")).andExpect(status().isForbidden());
	}

	private static InstitutionDetails details(long version) {
		return new InstitutionDetails(ID, version, "試験短期入所ホーム", "シケン", InstitutionKind.SHORT_STAY, null, null, null,
				"202029", "松本市", "松本", "0000-00-0001", null, null, 0, 18, 4, null, LocalDate.of(2026, 4, 1), false,
				false, null, List.of(), List.of(new CapabilityInput(1, Acceptance.ACCEPTS, null)), false, null, null);
	}
}

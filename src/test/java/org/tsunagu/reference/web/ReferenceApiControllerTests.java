package org.tsunagu.reference.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ReferenceApiController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class ReferenceApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReferenceData referenceData;

	@Test
	void returnsAMunicipalityByCode() throws Exception {
		MunicipalityCode code = new MunicipalityCode("202011");
		given(referenceData.municipality(code))
			.willReturn(Optional.of(new MunicipalityView(code, "長野市", "ながのし", "長野", false)));

		mvc.perform(get("/api/v1/reference/municipalities/202011").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("202011"))
			.andExpect(jsonPath("$.region").value("長野"));
	}

	@Test
	void reportsAnUnknownCodeAsNotFound() throws Exception {
		given(referenceData.municipality(new MunicipalityCode("202029"))).willReturn(Optional.empty());

		mvc.perform(get("/api/v1/reference/municipalities/202029"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.type").value("urn:tsunagu:problem:not-found"));
	}

	@Test
	void reportsAMalformedCodeAsBadRequest() throws Exception {
		mvc.perform(get("/api/v1/reference/municipalities/202012"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(containsString("202012")));
	}

	@Test
	void reportsAnUnknownRegionAsNotFound() throws Exception {
		given(referenceData.region("架空")).willReturn(Optional.empty());

		mvc.perform(get("/api/v1/reference/municipalities").param("region", "架空")).andExpect(status().isNotFound());
	}

	@Test
	void listsTheCareScoreItems() throws Exception {
		given(referenceData.careScoreItems()).willReturn(List.of());

		mvc.perform(get("/api/v1/reference/care-score-items")).andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
	}
}

package org.tsunagu.consultation.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.ConsultationSearch;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ConsultationSearchApiController.class)
@Import(SecurityConfiguration.class)
class ConsultationSearchApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ConsultationSearch search;

	@Test
	@WithTsunaguUser(role = Role.NURSE)
	void answersAPageOfHits() throws Exception {
		given(search.search(any(), any()))
			.willReturn(new PageImpl<>(List.of(ConsultationSearchControllerTests.HIT), PageRequest.of(1, 1), 3));

		mvc.perform(get("/api/v1/search").param("q", "きかんせっかい").param("page", "1").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].summary").value("（架空）気管切開の相談"))
			.andExpect(jsonPath("$.content[0].status").value("UNANSWERED"))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.number").value(1));
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void answers403WhenTheRoleMayNotSearch() throws Exception {
		given(search.search(any(), any())).willThrow(new AccessDeniedException("not for clerks"));

		mvc.perform(get("/api/v1/search").param("q", "たなか")).andExpect(status().isForbidden());
	}

	@Test
	void answers401WithoutLogin() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "たなか")).andExpect(status().isUnauthorized());
	}
}

package org.tsunagu.consultation.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.ConsultationSearch;
import org.tsunagu.consultation.SearchIndexStatus;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(SearchIndexAdminController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
class SearchIndexAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ConsultationSearch search;

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void showsTheIndexAgainstTheDatabase() throws Exception {
		given(search.indexStatus()).willReturn(new SearchIndexStatus(0, 80));

		mvc.perform(get("/admin/search-index"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("索引とデータベースの件数が一致していません")));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void rebuildsOnRequestOfAnAdministrator() throws Exception {
		mvc.perform(post("/admin/search-index/rebuild").with(csrf()))
			.andExpect(redirectedUrl("/admin/search-index"))
			.andExpect(flash().attribute("flash", "consultation.search.index.rebuilt"));
		verify(search).rebuildIndex();
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void isOnlyForAdministrators() throws Exception {
		mvc.perform(post("/admin/search-index/rebuild").with(csrf())).andExpect(status().isForbidden());
		verify(search, never()).rebuildIndex();
	}
}

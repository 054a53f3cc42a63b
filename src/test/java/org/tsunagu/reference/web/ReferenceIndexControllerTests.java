package org.tsunagu.reference.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.CareScoreItemView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ReferenceIndexController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.ADMIN)
class ReferenceIndexControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReferenceData referenceData;

	@Test
	void linksTheFourLists() throws Exception {
		mvc.perform(get("/admin/reference"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/index"))
			.andExpect(content().string(containsString("/admin/reference/care-score-items")));
	}

	@Test
	void showsTheCareScoreItemsWithTheirEffectiveDate() throws Exception {
		given(referenceData.careScoreItems()).willReturn(List.of(new CareScoreItemView(6, "ネブライザーの管理", null, 3,
				null, null, 0, LocalDate.of(2021, 4, 1), 6)));

		mvc.perform(get("/admin/reference/care-score-items"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/care-score-items"))
			.andExpect(content().string(containsString("ネブライザーの管理")))
			.andExpect(content().string(containsString("2021年4月1日")));
	}

	@Test
	@WithTsunaguUser(role = Role.NURSE)
	void forbidsOtherRoles() throws Exception {
		mvc.perform(get("/admin/reference/care-score-items")).andExpect(status().isForbidden());
	}
}

package org.tsunagu.reference.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.internal.ReferenceFixtures;
import org.tsunagu.reference.internal.Region;
import org.tsunagu.reference.internal.RegionAdministration;
import org.tsunagu.reference.internal.RegionChange;
import org.tsunagu.reference.internal.RegionSummary;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(RegionController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.ADMIN)
class RegionControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RegionAdministration regions;

	@BeforeEach
	void setUp() {
		Region kiso = ReferenceFixtures.region("木曽");
		given(regions.find("木曽")).willReturn(kiso);
		given(regions.summaries()).willReturn(List.of(new RegionSummary(kiso, 6)));
	}

	@Test
	void listsRegionsWithTheirMunicipalityCount() throws Exception {
		mvc.perform(get("/admin/reference/regions"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/regions"))
			.andExpect(content().string(containsString("木曽保健福祉事務所")));
	}

	@Test
	void showsTheEditFormWithTheNameReadOnly() throws Exception {
		mvc.perform(get("/admin/reference/regions/木曽/edit"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/region-form"))
			.andExpect(model().attributeExists("form", "region"));
	}

	@Test
	void savesAnEdit() throws Exception {
		mvc.perform(post("/admin/reference/regions/木曽/edit").with(csrf())
			.param("alias", "木曽")
			.param("office", "木曽保健福祉事務所")
			.param("officeCity", "木曽町")
			.param("sortOrder", "6")
			.param("retired", "true")
			.param("version", "3"))
			.andExpect(redirectedUrl("/admin/reference/regions"))
			.andExpect(flash().attribute("flash", "reference.region.saved"));
		verify(regions).update("木曽", new RegionChange("木曽", "木曽保健福祉事務所", "木曽町", 6, true, 3));
	}

	@Test
	void rejectsBlankFields() throws Exception {
		mvc.perform(post("/admin/reference/regions/木曽/edit").with(csrf())
			.param("alias", "")
			.param("office", "木曽保健福祉事務所")
			.param("officeCity", "木曽町")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "alias", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sortOrder", "NotNull"));
		verify(regions, never()).update(any(), any());
	}

	@Test
	void showsAConflictForAStaleVersion() throws Exception {
		given(regions.update(eq("木曽"), any())).willThrow(new StaleRecordException("Region", UUID.randomUUID(), 0, 1));

		mvc.perform(post("/admin/reference/regions/木曽/edit").with(csrf())
			.param("alias", "木曽")
			.param("office", "架空事務所")
			.param("officeCity", "木曽町")
			.param("sortOrder", "6")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/region-form"))
			.andExpect(model().attribute("flashError", "form.conflict"));
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE)
	void forbidsOtherRoles() throws Exception {
		mvc.perform(get("/admin/reference/regions")).andExpect(status().isForbidden());
	}
}

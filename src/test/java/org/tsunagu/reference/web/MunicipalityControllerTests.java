package org.tsunagu.reference.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
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
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.internal.Municipality;
import org.tsunagu.reference.internal.MunicipalityAdministration;
import org.tsunagu.reference.internal.MunicipalityChange;
import org.tsunagu.reference.internal.RegionAdministration;
import org.tsunagu.reference.internal.ReferenceFixtures;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(MunicipalityController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.ADMIN)
class MunicipalityControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MunicipalityAdministration municipalities;

	@MockitoBean
	RegionAdministration regions;

	Municipality matsumoto;

	@BeforeEach
	void setUp() {
		matsumoto = ReferenceFixtures.municipality("202029", "松本市", "まつもとし", ReferenceFixtures.region("松本"));
		given(regions.findAll()).willReturn(List.of(matsumoto.getRegion()));
		given(municipalities.find("202029")).willReturn(matsumoto);
		given(municipalities.search(any(), any())).willReturn(
				new PageImpl<>(List.of(matsumoto), PageRequest.of(0, 20, Sort.by("code")), 1));
	}

	@Test
	void listsMunicipalities() throws Exception {
		mvc.perform(get("/admin/reference/municipalities"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/municipalities"))
			.andExpect(model().attribute("activeNav", "ADMIN"))
			.andExpect(content().string(containsString("まつもとし")));
	}

	@Test
	void servesOnlyTheResultsToHtmx() throws Exception {
		mvc.perform(get("/admin/reference/municipalities").param("q", "マツモト").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/municipalities :: results"));
	}

	@Test
	void showsTheEditForm() throws Exception {
		mvc.perform(get("/admin/reference/municipalities/202029/edit"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/municipality-form"))
			.andExpect(model().attribute("form", hasProperty("name", is("松本市"))));
	}

	@Test
	void savesAnEditAndRedirectsWithAMessage() throws Exception {
		mvc.perform(post("/admin/reference/municipalities/202029/edit").with(csrf())
			.param("name", "松本市")
			.param("kana", "まつもとし")
			.param("regionName", "松本")
			.param("version", "0"))
			.andExpect(redirectedUrl("/admin/reference/municipalities"))
			.andExpect(flash().attribute("flash", "reference.municipality.saved"));
		verify(municipalities).update("202029", new MunicipalityChange("松本市", "まつもとし", "松本", false, 0));
	}

	@Test
	void rejectsABlankName() throws Exception {
		mvc.perform(post("/admin/reference/municipalities/202029/edit").with(csrf())
			.param("name", " ")
			.param("kana", "カタカナ")
			.param("regionName", "松本")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/municipality-form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "kana", "Pattern"))
			.andExpect(content().string(containsString("名称を入力してください。")));
		verify(municipalities, never()).update(any(), any());
	}

	@Test
	void showsAConflictInsteadOfOverwritingANewerVersion() throws Exception {
		given(municipalities.update(eq("202029"), any()))
			.willThrow(new StaleRecordException("Municipality", UUID.randomUUID(), 0, 1));

		mvc.perform(post("/admin/reference/municipalities/202029/edit").with(csrf())
			.param("name", "架空市")
			.param("kana", "かくうし")
			.param("regionName", "松本")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/municipality-form"))
			.andExpect(model().attribute("flashError", "form.conflict"))
			.andExpect(content().string(containsString("ほかの利用者がこの記録を先に更新しました")))
			.andExpect(model().attribute("form", hasProperty("name", is("松本市"))));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void forbidsOtherRoles() throws Exception {
		mvc.perform(get("/admin/reference/municipalities")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/reference/municipalities/202029/edit").with(csrf()).param("name", "架空市"))
			.andExpect(status().isForbidden());
		verify(municipalities, never()).update(any(), any());
	}
}

package org.tsunagu.portal.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Optional;
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
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(RegionPageController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
class RegionPageControllerTests {

	private static final RegionView MATSUMOTO = new RegionView(UUID.randomUUID(), "松本", "松本", "松本保健福祉事務所",
			"松本市", 7, false);

	private static final RegionView NAGANO = new RegionView(UUID.randomUUID(), "長野", "長野", "長野保健福祉事務所",
			"長野市", 9, false);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReferenceData reference;

	@BeforeEach
	void regions() {
		given(reference.regions(false)).willReturn(List.of(MATSUMOTO, NAGANO));
		given(reference.region("松本")).willReturn(Optional.of(MATSUMOTO));
		given(reference.region("長野")).willReturn(Optional.of(NAGANO));
		given(reference.municipalities("松本")).willReturn(
				List.of(new MunicipalityView(new MunicipalityCode("202029"), "松本市", "まつもとし", "松本", false)));
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "松本")
	void healthOfficeOpensItsOwnRegion() throws Exception {
		mvc.perform(get("/regions/松本"))
			.andExpect(status().isOk())
			.andExpect(view().name("portal/region"))
			.andExpect(model().attribute("region", MATSUMOTO));
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "松本")
	void healthOfficeIsRefusedAnotherRegionByUrl() throws Exception {
		mvc.perform(get("/regions/長野")).andExpect(status().isForbidden());
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "松本")
	void healthOfficeListsOnlyItsOwnRegion() throws Exception {
		mvc.perform(get("/regions")).andExpect(status().isOk()).andExpect(model().attribute("regions", List.of(MATSUMOTO)));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void centerStaffOpenEveryRegion() throws Exception {
		mvc.perform(get("/regions/長野")).andExpect(status().isOk());
		mvc.perform(get("/regions")).andExpect(model().attribute("regions", List.of(MATSUMOTO, NAGANO)));
	}

	@Test
	@WithTsunaguUser(role = Role.INSTITUTION)
	void institutionUsersHaveNoRegionPages() throws Exception {
		mvc.perform(get("/regions/松本")).andExpect(status().isForbidden());
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void unknownRegionIsNotFound() throws Exception {
		mvc.perform(get("/regions/存在しない")).andExpect(status().isNotFound());
	}

	@Test
	void anonymousVisitorIsSentToLogin() throws Exception {
		mvc.perform(get("/regions/松本")).andExpect(status().is3xxRedirection());
	}
}

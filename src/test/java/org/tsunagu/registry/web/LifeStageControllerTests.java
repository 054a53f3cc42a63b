package org.tsunagu.registry.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
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
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.LifeStageManagement;
import org.tsunagu.registry.LifeStageTimeline;
import org.tsunagu.registry.TransitionNotApplicableException;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(LifeStageController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class LifeStageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChildManagement children;

	@MockitoBean
	LifeStageManagement stages;

	private final UUID id = DisasterPlanControllerTests.child().id();

	@BeforeEach
	void aYoungChild() {
		given(children.get(id)).willReturn(DisasterPlanControllerTests.child());
		given(stages.timeline(id)).willReturn(new LifeStageTimeline(id, List.of(), false, List.of(), null, -1));
	}

	@Test
	void showsTheTimelineAndTheAlerts() throws Exception {
		given(stages.alerts()).willReturn(List.of());

		mvc.perform(get("/children/" + id + "/life-stages")).andExpect(view().name("registry/life-stages"));
		mvc.perform(get("/children/alerts")).andExpect(view().name("registry/alerts"));
	}

	@Test
	void asksForTheStageAndItsDate() throws Exception {
		mvc.perform(post("/children/" + id + "/life-stages").with(csrf()))
			.andExpect(model().attributeHasFieldErrors("lifeStageEventForm", "stage", "actualDate"));
	}

	@Test
	void refusesAReferralForAChildUnderFifteen() throws Exception {
		willThrow(new TransitionNotApplicableException(id, 6)).given(stages).saveReferral(eq(id), anyLong(), any());

		mvc.perform(post("/children/" + id + "/transition/referral").with(csrf())
			.param("referredOn", "2026-01-10")
			.param("outcome", "PENDING"))
			.andExpect(model().attributeHasFieldErrors("transitionReferralForm", "referredOn"));
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesAClerk() throws Exception {
		mvc.perform(get("/children/alerts")).andExpect(status().isForbidden());
	}
}

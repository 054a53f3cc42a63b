package org.tsunagu.registry.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
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
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.DisasterPlanInput;
import org.tsunagu.registry.DisasterPlanManagement;
import org.tsunagu.registry.DisasterPlanView;
import org.tsunagu.registry.MunicipalityPlanStatus;
import org.tsunagu.registry.Sex;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.StaleEdits;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(DisasterPlanController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, RegistryChoices.class })
@WithTsunaguUser(role = Role.NURSE)
class DisasterPlanControllerTests {

	private static final UUID ID = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChildManagement children;

	@MockitoBean
	DisasterPlanManagement plans;

	@MockitoBean
	ReferenceData reference;

	@BeforeEach
	void aChildWithoutAPlan() {
		given(reference.regions(false)).willReturn(List.of());
		given(children.get(ID)).willReturn(child());
		given(plans.get(ID)).willReturn(new DisasterPlanView(ID, DisasterPlanView.NEW,
				new DisasterPlanInput(MunicipalityPlanStatus.NOT_STARTED, null, null, null, null, false, null, null,
						null, List.of(), null, null, null), null, null));
	}

	@Test
	void showsThePlanTheFormAndTheWorkList() throws Exception {
		given(plans.powerDependent(any(), any())).willReturn(List.of());

		mvc.perform(get("/children/" + ID + "/disaster-plan")).andExpect(view().name("registry/disaster-plan"));
		mvc.perform(get("/children/" + ID + "/disaster-plan/edit")).andExpect(view().name("registry/disaster-plan-form"));
		mvc.perform(get("/children/power-dependent")).andExpect(view().name("registry/power-dependent"));
	}

	@Test
	void asksForTheDateOfAPlanThatIsDone() throws Exception {
		mvc.perform(post("/children/" + ID + "/disaster-plan/edit").with(csrf())
			.param("municipalityPlanStatus", "DONE")
			.param("version", "-1"))
			.andExpect(model().attributeHasFieldErrors("disasterPlanForm", "planDateGivenWhenDone"))
			.andExpect(view().name("registry/disaster-plan-form"));
	}

	@Test
	void savesAndRedirectsToThePlan() throws Exception {
		mvc.perform(post("/children/" + ID + "/disaster-plan/edit").with(csrf())
			.param("municipalityPlanStatus", "DONE")
			.param("municipalityPlanDate", "2026-01-10")
			.param("version", "-1")).andExpect(redirectedUrl("/children/" + ID + "/disaster-plan"));
	}

	@Test
	void showsAConflictWhenSomeoneSavedFirst() throws Exception {
		given(plans.save(eq(ID), anyLong(), any())).willThrow(new StaleRecordException("DisasterPlan", ID, 0, 1));

		mvc.perform(post("/children/" + ID + "/disaster-plan/edit").with(csrf())
			.param("municipalityPlanStatus", "IN_PROGRESS")
			.param("version", "0"))
			.andExpect(model().attribute("flashError", "form.conflict.reapply"))
			.andExpect(model().attribute(StaleEdits.CHANGES, org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("property=municipalityPlanStatus")))))
			.andExpect(view().name("registry/disaster-plan-form"));
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesAClerk() throws Exception {
		mvc.perform(get("/children/" + ID + "/disaster-plan")).andExpect(status().isForbidden());
		mvc.perform(get("/children/power-dependent")).andExpect(status().isForbidden());
	}

	static ChildDetails child() {
		return new ChildDetails(ID, 0, "見本", "花子", "ミホン", "ハナコ", LocalDate.of(2019, 5, 1), Sex.FEMALE, null,
				null, "202029", "松本市", "松本", null, null, null, null, null, null, null, null, false,
				ChildStatus.ENROLLED, null, null, List.of(), null, null);
	}
}

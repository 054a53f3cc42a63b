package org.tsunagu.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationDetails;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.ConsultationStatus;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ConsultationController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, ConsultationChoices.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class ConsultationControllerTests {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ConsultationManagement consultations;

	@MockitoBean
	ReferenceData reference;

	@MockitoBean
	org.tsunagu.consultation.PublicConsultationIntake webForm;

	@BeforeEach
	void noRegions() {
		given(reference.regions(false)).willReturn(List.of());
	}

	@Test
	void listsConsultationsAndServesOnlyTheResultsToHtmx() throws Exception {
		given(consultations.search(any(), any())).willReturn(new PageImpl<>(List.of()));

		mvc.perform(get("/consultations").param("q", "就学"))
			.andExpect(view().name("consultation/list"))
			.andExpect(model().attribute("activeNav", "CONSULTATION"))
			.andExpect(content().string(Matchers.containsString("<h1>相談</h1>")));
		mvc.perform(get("/consultations").header("HX-Request", "true"))
			.andExpect(view().name("consultation/list :: results"));
	}

	@Test
	void prefillsTheIntakeFormForAPhoneCall() throws Exception {
		mvc.perform(get("/consultations/new"))
			.andExpect(view().name("consultation/form"))
			.andExpect(model().attribute("consultationForm",
					Matchers.hasProperty("channel", Matchers.is(ConsultationChannel.PHONE))))
			.andExpect(model().attribute("consultationForm", Matchers.hasProperty("receivedAt", Matchers.notNullValue())));
	}

	@Test
	void linksTheChildWhenOpenedFromTheChildsPage() throws Exception {
		UUID child = UUID.fromString("00000000-0000-0000-0000-000000000042");

		mvc.perform(get("/consultations/new").param("child", child.toString()))
			.andExpect(model().attribute("consultationForm", Matchers.hasProperty("childLink", Matchers.is(ChildLink.LINKED))))
			.andExpect(model().attribute("consultationForm", Matchers.hasProperty("childId", Matchers.is(child))));
	}

	@Test
	void recordsAConsultationReceivedInJapanTime() throws Exception {
		given(consultations.record(any())).willReturn(ID);

		mvc.perform(validIntake(post("/consultations/new"))).andExpect(redirectedUrl("/consultations/" + ID));

		ArgumentCaptor<ConsultationInput> input = ArgumentCaptor.forClass(ConsultationInput.class);
		verify(consultations).record(input.capture());
		org.assertj.core.api.Assertions.assertThat(input.getValue().receivedAt())
			.isEqualTo(Instant.parse("2026-04-01T00:30:00Z"));
		org.assertj.core.api.Assertions.assertThat(input.getValue().topics())
			.containsExactlyInAnyOrder(ConsultationTopic.SCHOOLING, ConsultationTopic.FAMILY);
	}

	@Test
	void showsFieldErrorsInJapanese() throws Exception {
		mvc.perform(post("/consultations/new").with(csrf()).param("receivedAt", "2026-04-01T09:30"))
			.andExpect(view().name("consultation/form"))
			.andExpect(model().attributeHasFieldErrorCode("consultationForm", "topics", "NotEmpty"))
			.andExpect(model().attributeHasFieldErrorCode("consultationForm", "content", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("consultationForm", "placeGiven", "AssertTrue"))
			.andExpect(content().string(Matchers.containsString("相談内容の分類を1つ以上選んでください。")));
		verify(consultations, never()).record(any());
	}

	@Test
	void showsTheConflictWhenSomeoneElseSavedFirst() throws Exception {
		willThrow(new StaleRecordException("Consultation", ID, 0, 1)).given(consultations)
			.update(eq(ID), anyLong(), any());

		given(consultations.get(ID)).willReturn(details());

		String html = mvc.perform(validIntake(post("/consultations/" + ID + "/edit")).param("version", "0"))
			.andExpect(view().name("consultation/form"))
			.andExpect(model().attribute("flashError", "form.conflict.reapply"))
			.andExpect(model().attribute("consultationForm", Matchers.hasProperty("version", Matchers.is(3L))))
			.andReturn().getResponse().getContentAsString();

		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.select("tr[data-field=topics] td").eachText()).containsExactly("就学・就園、きょうだい・家族",
				"就学・就園");
		assertThat(page.select("tr[data-field=channel]")).isEmpty();
		assertThat(page.select("input[name=version]").val()).isEqualTo("3");
	}

	@Test
	void showsAConsultationAndClosesIt() throws Exception {
		given(consultations.get(ID)).willReturn(details());

		mvc.perform(get("/consultations/" + ID))
			.andExpect(view().name("consultation/detail"))
			.andExpect(content().string(Matchers.containsString("（架空）就学相談について")));
		mvc.perform(post("/consultations/" + ID + "/close").with(csrf()).param("version", "3"))
			.andExpect(redirectedUrl("/consultations/" + ID))
			.andExpect(flash().attribute("flash", "consultation.closed"));
		verify(consultations).close(ID, 3);
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesClerks() throws Exception {
		mvc.perform(get("/consultations")).andExpect(status().isForbidden());
		mvc.perform(validIntake(post("/consultations/new"))).andExpect(status().isForbidden());
	}

	static ConsultationDetails details() {
		return new ConsultationDetails(ID, 3, Instant.parse("2026-04-01T00:30:00Z"), ConsultationChannel.PHONE,
				ConsulterType.FAMILY, "見本 桜", null, "202029", "松本市", "松本", ChildLink.UNKNOWN, null,
				Set.of(ConsultationTopic.SCHOOLING), "（架空）就学相談について", "（架空）制度を案内した", null,
				ConsultationStatus.RECEIVED, "試験 相談員");
	}

	private static MockHttpServletRequestBuilder validIntake(MockHttpServletRequestBuilder request) {
		return request.with(csrf())
			.param("receivedAt", "2026-04-01T09:30")
			.param("channel", "PHONE")
			.param("consulterType", "FAMILY")
			.param("municipalityCode", "202029")
			.param("childLink", "UNKNOWN")
			.param("topics", "SCHOOLING", "FAMILY")
			.param("content", "（架空）就学相談について");
	}
}

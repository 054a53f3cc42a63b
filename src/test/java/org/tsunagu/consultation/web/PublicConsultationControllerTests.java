package org.tsunagu.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.consultation.PublicConsultationIntake;
import org.tsunagu.consultation.PublicConsultationRequest;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;

@WebMvcTest(PublicConsultationController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, PublicConsultationConfiguration.class })
@TestPropertySource(properties = "tsunagu.consultation.web-form.max-submissions=2")
class PublicConsultationControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PublicConsultationIntake intake;

	@MockitoBean
	ReferenceData reference;

	@BeforeEach
	void noRegions() {
		given(reference.regions(false)).willReturn(List.of());
		given(intake.submit(any())).willReturn("W-2026-ABCDEF");
		given(intake.decoyReferenceNumber()).willReturn("W-2026-ZZZZZZ");
	}

	@Test
	void opensWithoutLoginInThePublicMenu() throws Exception {
		mvc.perform(get("/public/consultation"))
			.andExpect(status().isOk())
			.andExpect(view().name("consultation/public-form"))
			.andExpect(content().string(Matchers.containsString("相談のお申し込み")))
			.andExpect(content().string(Matchers.containsString("aria-current=\"page\"")));
	}

	@Test
	void showsAFieldErrorInJapaneseForEveryMissingAnswer() throws Exception {
		mvc.perform(post("/public/consultation").with(csrf()).with(from("192.0.2.1")))
			.andExpect(status().isOk())
			.andExpect(view().name("consultation/public-form"))
			.andExpect(model().attributeHasFieldErrors("publicConsultationForm", "relation", "contactGiven",
					"placeGiven", "topics", "content", "consent"))
			.andExpect(content().string(Matchers.containsString("電話番号かメールアドレスのどちらかを入力してください。")));
		verify(intake, never()).submit(any());
	}

	@Test
	void rejectsAMalformedPhoneNumberAndEmailAddress() throws Exception {
		mvc.perform(valid().param("phone", "abc").param("email", "not-an-address").with(from("192.0.2.2")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("publicConsultationForm", "phone", "email"));
	}

	@Test
	void recordsTheConsultationAndShowsOnlyTheNewReferenceNumber() throws Exception {
		mvc.perform(valid().with(from("192.0.2.3")))
			.andExpect(redirectedUrl("/public/consultation/sent"))
			.andExpect(flash().attribute("referenceNumber", "W-2026-ABCDEF"));

		ArgumentCaptor<PublicConsultationRequest> sent = ArgumentCaptor.forClass(PublicConsultationRequest.class);
		verify(intake).submit(sent.capture());
		assertThat(sent.getValue().relation()).isEqualTo(ConsulterType.FAMILY);
		assertThat(sent.getValue().topics()).isEqualTo(Set.of(ConsultationTopic.SCHOOLING));
		assertThat(sent.getValue().consentToContact()).isTrue();

		mvc.perform(get("/public/consultation/sent").flashAttr("referenceNumber", "W-2026-ABCDEF"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("W-2026-ABCDEF")));
		mvc.perform(get("/public/consultation/sent"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("W-2026-"))));
	}

	@Test
	void answersAFilledTrapFieldWithADecoyAndStoresNothing() throws Exception {
		mvc.perform(valid().param("website", "http://spam.example").with(from("192.0.2.4")))
			.andExpect(redirectedUrl("/public/consultation/sent"))
			.andExpect(flash().attribute("referenceNumber", "W-2026-ZZZZZZ"));
		verify(intake, never()).submit(any());
	}

	@Test
	void refusesMoreSubmissionsFromOneAddressThanTheLimit() throws Exception {
		mvc.perform(valid().with(from("192.0.2.5"))).andExpect(status().is3xxRedirection());
		mvc.perform(valid().with(from("192.0.2.5"))).andExpect(status().is3xxRedirection());

		mvc.perform(valid().with(from("192.0.2.5")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(Matchers.containsString("短時間に何度も送信されたため")));
		mvc.perform(valid().with(from("192.0.2.6"))).andExpect(status().is3xxRedirection());
	}

	@Test
	void needsTheCsrfTokenOfTheForm() throws Exception {
		mvc.perform(post("/public/consultation").param("content", "（架空）")).andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder valid() {
		return post("/public/consultation").with(csrf())
			.param("relation", "FAMILY")
			.param("name", "見本 花子")
			.param("phone", "026-000-0000")
			.param("regionName", "長野")
			.param("topics", "SCHOOLING")
			.param("content", "（架空）来春の就学について相談したい")
			.param("consent", "true");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}

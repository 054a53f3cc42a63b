package org.tsunagu.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ChildController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, RegistryChoices.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class ChildControllerTests {

	private static final UUID ID = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChildManagement children;

	@MockitoBean
	ReferenceData reference;

	@BeforeEach
	void noRegions() {
		given(reference.regions(false)).willReturn(List.of());
	}

	@Test
	void listsChildrenAndServesOnlyTheResultsToHtmx() throws Exception {
		given(children.search(any(), any())).willReturn(new PageImpl<>(List.of()));

		mvc.perform(get("/children").param("q", "みほん")).andExpect(view().name("registry/list"));
		mvc.perform(get("/children").header("HX-Request", "true")).andExpect(view().name("registry/list :: results"));
	}

	@Test
	void showsEachChildsAgeAndSchoolYearInOneCell() throws Exception {
		ChildListItem child = new ChildListItem(UUID.randomUUID(), "見本 花子", "ミホン ハナコ",
				JapaneseDates.today().minusYears(5).minusDays(1), "松本市", "松本", ChildStatus.ENROLLED);
		given(children.search(any(), any())).willReturn(new PageImpl<>(List.of(child)));

		mvc.perform(get("/children"))
			.andExpect(content().string(matchesPattern("(?s).*<td>5歳 [^<\\s]+</td>.*")));
	}

	@Test
	void registersAChildWithKanaTypedInHiraganaAsKatakana() throws Exception {
		given(children.findPossibleDuplicates(any())).willReturn(List.of());
		given(children.register(any())).willReturn(ID);

		mvc.perform(validChild(post("/children/new"))).andExpect(redirectedUrl("/children/" + ID));

		ArgumentCaptor<ChildInput> input = ArgumentCaptor.forClass(ChildInput.class);
		verify(children).register(input.capture());
		org.assertj.core.api.Assertions.assertThat(input.getValue().familyNameKana()).isEqualTo("ミホン");
		org.assertj.core.api.Assertions.assertThat(input.getValue().givenNameKana()).isEqualTo("ハナコ");
		org.assertj.core.api.Assertions.assertThat(input.getValue().family()).singleElement()
			.satisfies(member -> org.assertj.core.api.Assertions.assertThat(member.primaryContact()).isTrue());
	}

	@Test
	void showsFieldErrorsForMissingAndWrongInput() throws Exception {
		mvc.perform(post("/children/new").with(csrf())
			.param("familyName", "見本")
			.param("familyNameKana", "mihon")
			.param("birthDate", JapaneseDates.today().plusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/form"))
			.andExpect(model().attributeHasFieldErrorCode("childForm", "familyNameKana", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("childForm", "birthDate", "PastOrPresent"))
			.andExpect(model().attributeHasFieldErrors("childForm", "givenName", "sex", "municipalityCode"));
		verify(children, never()).register(any());
	}

	@Test
	void aDoubleSubmittedRegistrationRegistersOnceAndSendsTheRepeatToTheSameChild() throws Exception {
		given(children.findPossibleDuplicates(any())).willReturn(List.of());
		given(children.register(any())).willReturn(ID);
		MockHttpSession session = new MockHttpSession();
		String form = mvc.perform(get("/children/new").session(session)).andReturn().getResponse().getContentAsString();
		String token = org.jsoup.Jsoup.parse(form).select("form.form input[name=_formToken]").val();
		assertThat(token).isNotBlank();

		mvc.perform(validChild(post("/children/new")).session(session).param("_formToken", token))
			.andExpect(redirectedUrl("/children/" + ID));
		mvc.perform(validChild(post("/children/new")).session(session).param("_formToken", token))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/children/" + ID))
			.andExpect(flash().attribute("flash", "formToken.alreadyProcessed"));

		verify(children, times(1)).register(any());
	}

	@Test
	void aFormShownAgainWithErrorsDoesNotUseUpItsToken() throws Exception {
		given(children.findPossibleDuplicates(any())).willReturn(List.of());
		given(children.register(any())).willReturn(ID);
		MockHttpSession session = new MockHttpSession();

		mvc.perform(post("/children/new").with(csrf()).session(session).param("_formToken", "t-1").param("familyName", "見本"))
			.andExpect(view().name("registry/form"));
		mvc.perform(validChild(post("/children/new")).session(session).param("_formToken", "t-1"))
			.andExpect(redirectedUrl("/children/" + ID));

		verify(children, times(1)).register(any());
	}

	@Test
	void warnsOfAPossibleDuplicateAndRegistersOnlyOnceConfirmed() throws Exception {
		ChildListItem twin = new ChildListItem(UUID.randomUUID(), "見本 花子", "ミホン ハナコ", LocalDate.of(2019, 5, 1),
				"松本市", "松本", ChildStatus.ENROLLED);
		given(children.findPossibleDuplicates(any())).willReturn(List.of(twin));
		given(children.register(any())).willReturn(ID);

		mvc.perform(validChild(post("/children/new")))
			.andExpect(view().name("registry/form"))
			.andExpect(model().attribute("duplicates", List.of(twin)));
		verify(children, never()).register(any());

		mvc.perform(validChild(post("/children/new")).param("duplicateChecked", "true"))
			.andExpect(redirectedUrl("/children/" + ID));
	}

	@Test
	void refusesAStaleEditAndShowsWhatDiffersWithTheCurrentVersionToReapply() throws Exception {
		willThrow(new StaleRecordException("Child", ID, 0, 1)).given(children).update(eq(ID), eq(0L), any());
		given(children.get(ID)).willReturn(RegistryWebFixtures.child());

		String html = mvc.perform(validChild(post("/children/{id}/edit", ID)).param("version", "0"))
			.andExpect(view().name("registry/form"))
			.andExpect(model().attribute("flashError", "form.conflict.reapply"))
			.andExpect(model().attribute("childForm", org.hamcrest.Matchers.hasProperty("version",
					org.hamcrest.Matchers.is(1L))))
			.andExpect(model().attribute("childForm",
					org.hamcrest.Matchers.hasProperty("familyNameKana", org.hamcrest.Matchers.is("ミホン"))))
			.andReturn().getResponse().getContentAsString();

		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.select("tr[data-field=birthDate] td").eachText()).containsExactly("2019-05-01", "2019-04-02");
		assertThat(page.select("tr[data-field=family] th").text()).isEqualTo("家族・連絡先");
		assertThat(page.select("tr[data-field=familyName]")).isEmpty();
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void clerksCannotOpenTheRegistry() throws Exception {
		mvc.perform(get("/children")).andExpect(status().isForbidden());
		mvc.perform(validChild(post("/children/new"))).andExpect(status().isForbidden());
		verify(children, never()).update(any(), anyLong(), any());
	}

	private static MockHttpServletRequestBuilder validChild(MockHttpServletRequestBuilder request) {
		return request.with(csrf())
			.param("familyName", "見本")
			.param("givenName", "花子")
			.param("familyNameKana", "みほん")
			.param("givenNameKana", "ﾊﾅｺ")
			.param("birthDate", "2019-05-01")
			.param("sex", "FEMALE")
			.param("municipalityCode", "202029")
			.param("family[0].name", "見本 陽菜")
			.param("family[0].relationship", "母")
			.param("family[0].phone", "090-0000-0001")
			.param("primaryContact", "0");
	}
}

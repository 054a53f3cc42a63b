package org.tsunagu.institution.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
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
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.InstitutionFilter;
import org.tsunagu.institution.InstitutionInput;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.InstitutionListItem;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.institution.InvalidInstitutionException;
import org.tsunagu.institution.LiaisonManagement;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(InstitutionController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, InstitutionChoices.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class InstitutionControllerTests {

	private static final UUID ID = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InstitutionManagement institutions;

	@MockitoBean
	ReferenceData reference;

	@MockitoBean
	LiaisonManagement liaisons;

	@BeforeEach
	void noReferenceData() {
		given(reference.regions(false)).willReturn(List.of());
		given(institutions.search(any(), any())).willReturn(new PageImpl<>(List.of(new InstitutionListItem(ID,
				"試験短期入所ホーム", "シケンタンキニュウショホーム", InstitutionKind.SHORT_STAY, "松本市", "松本", List.of(1), null,
				LocalDate.of(2020, 4, 1), true, false))));
	}

	@Test
	void findsInstitutionsByCareItemsAndServesOnlyTheResultsToHtmx() throws Exception {
		mvc.perform(get("/institutions").param("care", "1").param("kind", "SHORT_STAY").param("region", "松本"))
			.andExpect(view().name("institution/list"))
			.andExpect(content().string(Matchers.containsString("要確認（1年以上）")));
		mvc.perform(get("/institutions").header("HX-Request", "true"))
			.andExpect(view().name("institution/list :: results"));

		ArgumentCaptor<InstitutionFilter> filter = ArgumentCaptor.forClass(InstitutionFilter.class);
		verify(institutions, org.mockito.Mockito.atLeastOnce()).search(filter.capture(), any());
		assertThat(filter.getAllValues().get(0).careItems()).containsExactly(1);
		assertThat(filter.getAllValues().get(0).kind()).isEqualTo(InstitutionKind.SHORT_STAY);
	}

	@Test
	void registersAnInstitutionWithItsAnswersPerCareItem() throws Exception {
		given(institutions.register(any())).willReturn(ID);

		mvc.perform(valid(post("/institutions/new"))).andExpect(redirectedUrl("/institutions/" + ID));

		ArgumentCaptor<InstitutionInput> input = ArgumentCaptor.forClass(InstitutionInput.class);
		verify(institutions).register(input.capture());
		assertThat(input.getValue().kana()).isEqualTo("シケンタンキニュウショホーム");
		assertThat(input.getValue().capabilities()).containsExactly(new CapabilityInput(1, Acceptance.CONDITIONAL, "日中のみ"));
		assertThat(input.getValue().contacts()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("見本 太郎"));
	}

	@Test
	void showsFieldErrorsInJapanese() throws Exception {
		mvc.perform(post("/institutions/new").with(csrf()).param("name", "").param("kana", "abc")
			.param("officeNumber", "12345").param("ageMin", "10").param("ageMax", "3"))
			.andExpect(view().name("institution/form"))
			.andExpect(model().attributeHasFieldErrors("institutionForm", "name", "kana", "kind", "officeNumber",
					"municipalityCode", "ageRangeOrdered"))
			.andExpect(content().string(Matchers.containsString("事業所番号は10桁の数字で入力してください。")));
		verify(institutions, never()).register(any());
	}

	@Test
	void showsAnOfficeNumberAlreadyUsedOnItsField() throws Exception {
		given(institutions.register(any()))
			.willThrow(new InvalidInstitutionException("officeNumber", "institution.officeNumber.used"));

		mvc.perform(valid(post("/institutions/new")))
			.andExpect(view().name("institution/form"))
			.andExpect(model().attributeHasFieldErrors("institutionForm", "officeNumber"));
	}

	@Test
	void refusesASaveOverAColleaguesChange() throws Exception {
		willThrow(new StaleRecordException("Institution", ID, 1, 2)).given(institutions)
			.update(eq(ID), anyLong(), any());

		given(institutions.getForEdit(ID)).willReturn(new org.tsunagu.institution.InstitutionDetails(ID, 2,
				"試験短期入所ホーム（改）", "シケン", InstitutionKind.SHORT_STAY, null, null, null, "202029", "松本市", "松本",
				null, null, null, null, null, null, null, LocalDate.of(2026, 4, 1), false, false, null, List.of(),
				List.of(), false, null, null));

		mvc.perform(valid(post("/institutions/" + ID + "/edit")).param("version", "1"))
			.andExpect(view().name("institution/form"))
			.andExpect(model().attribute("flashError", "form.conflict.reapply"))
			.andExpect(model().attribute("institutionForm", Matchers.hasProperty("version", Matchers.is(2L))))
			.andExpect(content().string(Matchers.containsString("試験短期入所ホーム（改）")));
	}

	@Test
	void confirmsAnEntryAsCurrent() throws Exception {
		mvc.perform(post("/institutions/" + ID + "/confirm").with(csrf()).param("version", "3"))
			.andExpect(redirectedUrl("/institutions/" + ID));

		verify(institutions).confirm(ID, 3);
	}

	@Test
	void retiresAnEntryOnlyWithADayAndAReason() throws Exception {
		mvc.perform(post("/institutions/" + ID + "/retire").with(csrf()).param("version", "3")
			.param("retiredOn", "2026-03-31").param("reason", ""))
			.andExpect(redirectedUrl("/institutions/" + ID))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "institution.retire.invalid"));
		verify(institutions, never()).retire(any(), anyLong(), any(), any());

		mvc.perform(post("/institutions/" + ID + "/retire").with(csrf()).param("version", "3")
			.param("retiredOn", "2026-03-31").param("reason", "事業所の閉鎖"))
			.andExpect(redirectedUrl("/institutions/" + ID));
		verify(institutions).retire(ID, 3, LocalDate.of(2026, 3, 31), "事業所の閉鎖");
	}

	@Test
	@WithTsunaguUser(role = Role.INSTITUTION)
	void outsideOrganisationsCannotOpenTheFinder() throws Exception {
		mvc.perform(get("/institutions")).andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request) {
		return request.with(csrf())
			.param("name", "試験短期入所ホーム")
			.param("kana", "しけんたんきにゅうしょほーむ")
			.param("kind", "SHORT_STAY")
			.param("municipalityCode", "202029")
			.param("capabilities[0].itemNo", "1")
			.param("capabilities[0].acceptance", "CONDITIONAL")
			.param("capabilities[0].notes", "日中のみ")
			.param("capabilities[1].itemNo", "2")
			.param("capabilities[1].acceptance", "")
			.param("contacts[0].name", "見本 太郎")
			.param("contacts[0].role", "管理者")
			.param("contacts[1].name", "");
	}
}

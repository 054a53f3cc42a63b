package org.tsunagu.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseSearchHit;
import org.tsunagu.consultation.CaseSearchQuery;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationSearch;
import org.tsunagu.consultation.ConsultationSearchHit;
import org.tsunagu.consultation.ConsultationSearchQuery;
import org.tsunagu.consultation.ConsultationStatus;
import org.tsunagu.consultation.SearchExcerpt;
import org.tsunagu.consultation.SearchOrder;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ConsultationSearchController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, ConsultationChoices.class })
class ConsultationSearchControllerTests {

	static final ConsultationSearchHit HIT = new ConsultationSearchHit(ConsultationControllerTests.ID,
			Instant.parse("2026-04-01T00:30:00Z"), ConsultationChannel.WEB, ConsulterType.FAMILY, "松本",
			Set.of(ConsultationTopic.MEDICAL_CARE), "（架空）気管切開の相談", ConsultationStatus.UNANSWERED, "見本 相談員",
			SearchExcerpt.marked("（架空）" + SearchExcerpt.MATCH_START + "気管切開" + SearchExcerpt.MATCH_END + "の相談"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ConsultationSearch search;

	@MockitoBean
	ReferenceData reference;

	@BeforeEach
	void oneHit() {
		given(reference.regions(false)).willReturn(List.of());
		given(search.search(any(), any())).willReturn(new PageImpl<>(List.of(HIT)));
		given(search.owners()).willReturn(List.of("見本 相談員"));
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE)
	void searchesWithTheWordsAndEveryFilter() throws Exception {
		mvc.perform(get("/consultations/search").param("q", "きかんせっかい").param("from", "2026-04-01")
			.param("to", "2026-04-30").param("region", "松本").param("channel", "WEB").param("topic", "MEDICAL_CARE")
			.param("status", "UNANSWERED").param("owner", "見本 相談員"))
			.andExpect(status().isOk())
			.andExpect(view().name("consultation/search"))
			.andExpect(content().string(Matchers.containsString("（架空）<mark>気管切開</mark>の相談")))
			.andExpect(content().string(Matchers.containsString("未対応")));

		ArgumentCaptor<ConsultationSearchQuery> query = ArgumentCaptor.forClass(ConsultationSearchQuery.class);
		verify(search).search(query.capture(), any());
		assertThat(query.getValue()).isEqualTo(new ConsultationSearchQuery("きかんせっかい", LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 4, 30), "松本", ConsultationChannel.WEB, ConsultationTopic.MEDICAL_CARE,
				ConsultationStatus.UNANSWERED, "見本 相談員"));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void offersBothSearchTargetsAsTabsWithTheCurrentOneMarked() throws Exception {
		String html = mvc.perform(get("/consultations/search").param("q", "吸引"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).containsPattern("href=\"/consultations/search\\?target=CONSULTATIONS&amp;q=[^\"]*\""
				+ " aria-current=\"page\">相談</a>");
		assertThat(html).containsPattern("href=\"/consultations/search\\?target=CASES&amp;q=[^\"]*\">相談ケース</a>");
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void ordersNewestFirstWhenAskedAndKeepsTheOrderInThePageLinks() throws Exception {
		given(search.search(any(), any()))
			.willReturn(new PageImpl<>(List.of(HIT), org.springframework.data.domain.PageRequest.of(0, 20), 100));

		mvc.perform(get("/consultations/search").param("q", "吸引").param("order", "NEWEST"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<option value=\"NEWEST\" selected=\"selected\">")))
			.andExpect(content().string(Matchers.containsString("order=NEWEST&amp;page=1")));

		ArgumentCaptor<ConsultationSearchQuery> query = ArgumentCaptor.forClass(ConsultationSearchQuery.class);
		verify(search).search(query.capture(), any());
		assertThat(query.getValue().order()).isEqualTo(SearchOrder.NEWEST);
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void aLongResultLinksTheFirstAndLastPagesAndTwoEitherSideOfTheCurrent() throws Exception {
		given(search.search(any(), any()))
			.willReturn(new PageImpl<>(List.of(HIT), org.springframework.data.domain.PageRequest.of(250, 20), 10_000));

		String html = mvc.perform(get("/consultations/search").param("q", "吸引").param("page", "250"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<String> linked = java.util.regex.Pattern.compile("<li>\\s*<(?:a|span)[^>]*>(\\d+)</(?:a|span)>")
			.matcher(html)
			.results()
			.map(match -> match.group(1))
			.toList();
		assertThat(linked).containsExactly("1", "249", "250", "251", "252", "253", "500");
		assertThat(html).contains("<span aria-current=\"page\">251</span>");
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void searchesCasesWithTheirOwnStatusWhenTheCaseTabIsChosen() throws Exception {
		var found = new CaseSearchHit(ConsultationControllerTests.ID, "（架空）就学の調整", LocalDate.of(2026, 5, 1), "松本",
				CaseStatus.IN_PROGRESS, CasePriority.HIGH, "見本 相談員", null,
				SearchExcerpt.marked(SearchExcerpt.MATCH_START + "訪問看護" + SearchExcerpt.MATCH_END + "と調整"));
		given(search.searchCases(any(), any())).willReturn(new PageImpl<>(List.of(found)));

		mvc.perform(get("/consultations/search").param("target", "CASES").param("q", "ほうもんかんご")
			.param("caseStatus", "IN_PROGRESS").param("from", "2026-05-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("（架空）就学の調整")))
			.andExpect(content().string(Matchers.containsString("<mark>訪問看護</mark>と調整")))
			.andExpect(content().string(Matchers.containsString("aria-current=\"page\"")));

		mvc.perform(get("/consultations/search").param("target", "CASES").param("q", "ほうもんかんご")
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("consultation/search :: results"))
			.andExpect(content().string(Matchers.containsString("<mark>訪問看護</mark>と調整")));

		ArgumentCaptor<CaseSearchQuery> query = ArgumentCaptor.forClass(CaseSearchQuery.class);
		verify(search, org.mockito.Mockito.atLeastOnce()).searchCases(query.capture(), any());
		assertThat(query.getAllValues().get(0)).isEqualTo(new CaseSearchQuery("ほうもんかんご", LocalDate.of(2026, 5, 1), null, null,
				CaseStatus.IN_PROGRESS, null));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void servesOnlyTheResultsToHtmx() throws Exception {
		mvc.perform(get("/consultations/search").param("q", "たなか").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("consultation/search :: results"));
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void isClosedToRolesOutsideTheConsultationArea() throws Exception {
		mvc.perform(get("/consultations/search")).andExpect(status().isForbidden());
	}
}

package org.tsunagu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.tsunagu.testsupport.RecentlyAuthenticated.justNow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditCursor;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditEntryWindow;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.shared.CappedCount;
import org.tsunagu.shared.CappedPage;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.PageBeyondCapException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest({ AuditLogController.class, AuditCsvExport.class })
@Import({ SecurityConfiguration.class, JapaneseDates.class })
class AuditLogControllerTests {

	private static final AuditEntryView FAILED_LOGIN = new AuditEntryView(UUID.randomUUID(),
			Instant.parse("2026-11-25T07:10:00Z"), "unverified:=cmd|calc", AuditAction.LOGIN_FAILURE, "UserAccount",
			"=cmd|calc", "BadCredentialsException", "192.0.2.10");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AuditQueries queries;

	@MockitoBean
	private AuditLog auditLog;

	@MockitoBean
	private org.tsunagu.audit.AuditChain chain;

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void showsTheAuditLogToAnAdministrator() throws Exception {
		when(queries.findNewest(any(), any(), anyInt())).thenReturn(window(null, 1, FAILED_LOGIN));

		mvc.perform(get("/admin/audit"))
			.andExpect(status().isOk())
			.andExpect(view().name("audit/list"))
			.andExpect(model().attribute("activeNav", "ADMIN"))
			.andExpect(model().attributeExists("entries", "auditSearchForm", "actions", "filterUrl", "pageUrl"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2026年11月25日 16:10")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ログイン失敗")));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void searchesWithTheFiltersFiftyNewestFirstByKeyset() throws Exception {
		when(queries.findNewest(any(), any(), anyInt())).thenReturn(window(null, 0));

		mvc.perform(get("/admin/audit").param("actor", "yamada")
			.param("action", "EXPORT")
			.param("from", "2026-11-01")
			.param("to", "2026-11-30")
			.param("size", "10000")
			.param("page", "3")).andExpect(status().isOk());

		verify(queries).findNewest(new AuditSearch("yamada", AuditAction.EXPORT, null, null, LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 11, 30)), null, 50);
		verify(queries, never()).findEntries(any(), any());
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void linksToTheOlderFiftyWithTheLastEntrysCursorAndShowsTheCappedCount() throws Exception {
		AuditCursor last = AuditCursor.after(FAILED_LOGIN);
		when(queries.findNewest(any(), any(), anyInt())).thenReturn(window(last, 10_001, FAILED_LOGIN));

		String html = mvc.perform(get("/admin/audit").param("actor", "山田"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String next = "/admin/audit?actor=%E5%B1%B1%E7%94%B0&amp;after=2026-11-25T07:10:00Z_" + FAILED_LOGIN.id();
		assertThat(html).contains("href=\"" + next + "\"")
			.contains("hx-get=\"" + next + "\"")
			.contains("次の50件（より古い記録）")
			.contains("該当する記録：10,000件以上")
			.doesNotContain("最新に戻る")
			.doesNotContain("全10,000件");
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void goesOnFromTheCursorAndLinksBackToTheLatest() throws Exception {
		when(queries.findNewest(any(), any(), anyInt())).thenReturn(window(null, 51, FAILED_LOGIN));
		UUID id = UUID.fromString("0b6f3c52-6c1e-4d0e-9a51-3f0e0e6b2a10");

		String html = mvc.perform(get("/admin/audit").param("action", "LOGIN_FAILURE")
			.param("after", "2026-11-25T07:10:00.123456Z_" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		verify(queries).findNewest(new AuditSearch(null, AuditAction.LOGIN_FAILURE, null, null, null, null),
				new AuditCursor(Instant.parse("2026-11-25T07:10:00.123456Z"), id), 50);
		assertThat(html).contains("href=\"/admin/audit?action=LOGIN_FAILURE\"")
			.contains("最新に戻る")
			.contains("該当する記録：51件")
			.doesNotContain("より古い記録");
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void rejectsAMalformedCursorWithAFieldErrorInsteadOfFailing() throws Exception {
		MvcResult result = mvc.perform(get("/admin/audit").param("after", "2026-11-25_'; drop table"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("auditSearchForm", "after", "audit.search.cursor"))
			.andExpect(model().attributeDoesNotExist("entries"))
			.andReturn();

		assertThat(result.getResponse().getContentAsString())
			.contains("ページ送りの位置が正しくありません。「最新に戻る」から表示し直してください。")
			.contains("href=\"#after\"")
			.contains("id=\"after\"");
		verify(queries, never()).findNewest(any(), any(), anyInt());
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void refusesAnotherSortsPageBeyondTheCapWithAMessage() throws Exception {
		when(queries.findEntries(any(), any())).thenThrow(new PageBeyondCapException(10_000));

		MvcResult result = mvc.perform(get("/admin/audit").queryParam("sort", "actor,asc").queryParam("page", "200"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/page-beyond-cap"))
			.andReturn();

		assertThat(result.getResponse().getContentAsString()).contains("一覧のページ送りは先頭から10,000件までです。")
			.contains("href=\"/admin/audit?sort=actor,asc\"");
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void keepsFiltersAndSortInPagingSortingAndExportLinks() throws Exception {
		when(queries.findEntries(any(), any())).thenReturn(new CappedPage<>(List.of(FAILED_LOGIN),
				PageRequest.of(1, 50, Sort.by(Sort.Direction.ASC, "actor")), CappedCount.of(120)));

		String html = mvc.perform(get("/admin/audit").param("actor", "山田").param("sort", "actor,asc").param("page", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String actor = "actor=%E5%B1%B1%E7%94%B0";
		assertThat(html).contains("/admin/audit?" + actor + "&amp;sort=actor,asc&amp;page=2")
			.contains("/admin/audit?" + actor + "&amp;sort=actor,desc")
			.contains("/admin/audit/export?" + actor + "&amp;sort=actor,asc")
			.contains("aria-sort=\"ascending\"")
			.contains("全120件（2/3ページ）");
		ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
		verify(queries).findEntries(any(), pageable.capture());
		assertThat(pageable.getValue()).isEqualTo(PageRequest.of(1, 50, Sort.by(Sort.Direction.ASC, "actor")));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void forbidsTheAuditLogToAConsultant() throws Exception {
		mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
		verify(queries, never()).findNewest(any(), any(), anyInt());
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void answersHtmxWithTheResultsFragmentOnly() throws Exception {
		when(queries.findNewest(any(), any(), anyInt())).thenReturn(window(null, 1, FAILED_LOGIN));

		mvc.perform(get("/admin/audit").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("audit/list :: results"));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void rejectsARangeThatEndsBeforeItStarts() throws Exception {
		MvcResult result = mvc.perform(get("/admin/audit").param("from", "2026-11-30").param("to", "2026-11-01"))
			.andExpect(status().isOk())
			.andExpect(view().name("audit/list"))
			.andExpect(model().attributeHasFieldErrorCode("auditSearchForm", "to", "audit.search.dateRange"))
			.andExpect(model().attributeDoesNotExist("entries"))
			.andReturn();
		assertThat(result.getResponse().getContentAsString())
			.contains("終了日には、開始日と同じ日かそれより後の日付を入力してください。");
		verify(queries, never()).findNewest(any(), any(), anyInt());
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void rejectsADateThatIsNotADate() throws Exception {
		MvcResult result = mvc.perform(get("/admin/audit").param("from", "昨日"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("auditSearchForm", "from"))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("入力の形式が正しくありません。");
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void exportsCsvWithBomAndJapaneseHeadersAndAuditsTheExport() throws Exception {
		doAnswer(invocation -> {
			invocation.<Consumer<AuditEntryView>>getArgument(2).accept(FAILED_LOGIN);
			return null;
		}).when(queries).forEachEntry(any(), any(), any());

		MvcResult result = mvc.perform(get("/admin/audit/export").param("action", "LOGIN_FAILURE").with(justNow()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn();

		String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF日時,利用者,操作,対象,対象ID,詳細,接続元\r\n");
		assertThat(csv).contains("2026-11-25 16:10:00,unverified:=cmd|calc,ログイン失敗,UserAccount,'=cmd|calc,");
		verify(auditLog).record(eq(AuditAction.EXPORT), eq("AuditEntry"), eq(null),
				eq("filter: action=LOGIN_FAILURE"));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void forbidsTheExportToAConsultant() throws Exception {
		mvc.perform(get("/admin/audit/export").with(justNow())).andExpect(status().isForbidden());
		verify(auditLog, never()).record(any(), any(), any(), any());
	}

	private static AuditEntryWindow window(AuditCursor next, long matching, AuditEntryView... entries) {
		return new AuditEntryWindow(List.of(entries), next, CappedCount.of(matching));
	}
}

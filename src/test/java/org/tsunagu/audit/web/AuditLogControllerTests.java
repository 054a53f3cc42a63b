package org.tsunagu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.shared.JapaneseDates;
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
		when(queries.findEntries(any(), any())).thenReturn(page(FAILED_LOGIN));

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
	void searchesWithTheFiltersFiftyPerPageNewestFirst() throws Exception {
		when(queries.findEntries(any(), any())).thenReturn(page());

		mvc.perform(get("/admin/audit").param("actor", "yamada")
			.param("action", "EXPORT")
			.param("from", "2026-11-01")
			.param("to", "2026-11-30")
			.param("size", "10000")).andExpect(status().isOk());

		ArgumentCaptor<AuditSearch> search = ArgumentCaptor.forClass(AuditSearch.class);
		ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
		verify(queries).findEntries(search.capture(), pageable.capture());
		assertThat(search.getValue()).isEqualTo(new AuditSearch("yamada", AuditAction.EXPORT, null, null,
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
		assertThat(pageable.getValue().getPageSize()).isEqualTo(50);
		assertThat(pageable.getValue().getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "occurredAt"));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void keepsFiltersAndSortInPagingSortingAndExportLinks() throws Exception {
		when(queries.findEntries(any(), any())).thenReturn(new PageImpl<>(List.of(FAILED_LOGIN),
				PageRequest.of(1, 50, Sort.by(Sort.Direction.ASC, "actor")), 120));

		String html = mvc.perform(get("/admin/audit").param("actor", "山田").param("sort", "actor,asc").param("page", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String actor = "actor=%E5%B1%B1%E7%94%B0";
		assertThat(html).contains("/admin/audit?" + actor + "&amp;sort=actor,asc&amp;page=2")
			.contains("/admin/audit?" + actor + "&amp;sort=actor,desc")
			.contains("/admin/audit/export?" + actor + "&amp;sort=actor,asc")
			.contains("aria-sort=\"ascending\"");
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void forbidsTheAuditLogToAConsultant() throws Exception {
		mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
		verify(queries, never()).findEntries(any(), any());
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void answersHtmxWithTheResultsFragmentOnly() throws Exception {
		when(queries.findEntries(any(), any())).thenReturn(page(FAILED_LOGIN));

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
		verify(queries, never()).findEntries(any(), any());
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

	private static Page<AuditEntryView> page(AuditEntryView... entries) {
		return new PageImpl<>(List.of(entries), PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "occurredAt")),
				entries.length);
	}
}

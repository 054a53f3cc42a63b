package org.tsunagu.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditChain;
import org.tsunagu.audit.AuditCursor;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditEntryWindow;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.consultation.CaseFilter;
import org.tsunagu.consultation.CaseListItem;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.ConsultationFilter;
import org.tsunagu.consultation.ConsultationListItem;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.CappedCount;
import org.tsunagu.shared.CappedPage;
import org.tsunagu.shared.KanaText;
import org.tsunagu.shared.PageBeyondCapException;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Paging at national scale (H2 and PostgreSQL) with more rows than the cap, written with JDBC batches (the audit
 * entries once for the class) and found by a word of this run only: the audit log pages newest first by keyset without repeating or skipping entries that
 * share an instant, and the audit log, consultation and case lists count no further than the cap and refuse a
 * page beyond it.
 */
@DatabaseTest
@TestInstance(Lifecycle.PER_CLASS)
class BoundedPagingIT {

	private static final int MORE_THAN_CAP = CappedCount.CAP + 50;

	/** Entries per instant: every window boundary falls among entries of the same instant. */
	private static final int SAME_INSTANT = 700;

	private static final CappedCount CAPPED = new CappedCount(CappedCount.CAP, true);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditQueries audit;

	@Autowired
	AuditChain chain;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	CaseManagement cases;

	/** A word of this run only (the instance lives for the class): rows other suites stored do not count. */
	private final String token = "cap" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	/** The audit entries of this run, written once for the tests that read them. */
	private List<UUID> auditEntries;

	@BeforeEach
	void logIn() {
		SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
	}

	@Test
	void pagesTheAuditLogByKeysetWithoutRepeatingOrSkippingEntriesOfTheSameInstant() {
		List<UUID> ids = insertAuditEntries();
		AuditSearch all = new AuditSearch(null, null, token, null, null, null);

		List<AuditEntryView> walked = new ArrayList<>();
		AuditCursor after = null;
		int windows = 0;
		do {
			AuditEntryWindow window = audit.findNewest(all, after, 1_000);
			assertThat(window.total()).isEqualTo(CAPPED);
			walked.addAll(window.entries());
			after = window.next();
			windows++;
		}
		while (after != null);

		assertThat(windows).isEqualTo(11);
		assertThat(walked).extracting(AuditEntryView::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
		assertThat(walked).extracting(AuditEntryView::occurredAt).isSortedAccordingTo(Comparator.reverseOrder());
		// The keyset follows the database's own order (time, then id) that OFFSET paging uses.
		List<AuditEntryView> byOffset = new ArrayList<>(audit.findEntries(all, PageRequest.of(0, 50)).getContent());
		byOffset.addAll(audit.findEntries(all, PageRequest.of(1, 50)).getContent());
		assertThat(walked.subList(0, 100)).isEqualTo(byOffset);
	}

	@Test
	void countsTheAuditLogUpToTheCapAndPagesOtherSortsNoFurther() {
		insertAuditEntries();
		AuditSearch all = new AuditSearch(null, null, token, null, null, null);

		assertThat(audit.findNewest(new AuditSearch(null, AuditAction.READ, token, null, null, null), null, 50).total())
			.isEqualTo(new CappedCount(MORE_THAN_CAP / 250 + 1, false));
		Page<AuditEntryView> last = audit.findEntries(all, PageRequest.of(199, 50, Sort.by("actor")));
		assertThat(last.getContent()).hasSize(50);
		assertThat(last.getTotalElements()).isEqualTo(CappedCount.CAP);
		assertThat(CappedPage.isTotalCapped(last)).isTrue();
		assertThat(last.hasNext()).isFalse();
		assertThatThrownBy(() -> audit.findEntries(all, PageRequest.of(200, 50, Sort.by("actor"))))
			.isInstanceOf(PageBeyondCapException.class);
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN, username = "it-paging-admin")
	void answersTheAuditApiWithTheCappedTotalAndRefusesAPageBeyondIt() throws Exception {
		insertAuditEntries();

		mvc.perform(get("/api/v1/admin/audit-entries").param("targetType", token).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(CappedCount.CAP))
			.andExpect(jsonPath("$.totalPages").value(50))
			.andExpect(jsonPath("$.totalCapped").value(true));
		mvc.perform(get("/api/v1/admin/audit-entries").param("targetType", token).param("page", "200"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:tsunagu:problem:page-beyond-cap"));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN, username = "it-paging-admin")
	void showsTheNewestAuditEntriesFiftyAtATimeThroughTheOlderLink() throws Exception {
		insertAuditEntries();
		List<AuditEntryView> newest = audit.findNewest(new AuditSearch(null, null, token, null, null, null), null, 150)
			.entries();

		MvcResult first = mvc.perform(get("/admin/audit").param("targetType", token))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(first.getResponse().getContentAsString()).contains("該当する記録：10,000件以上")
			.contains("次の50件（より古い記録）")
			.doesNotContain("最新に戻る");
		List<AuditEntryView> shown = new ArrayList<>(entries(first));
		MvcResult page = first;
		for (int i = 0; i < 2; i++) {
			page = mvc.perform(get(URI.create((String) page.getModelAndView().getModel().get("nextUrl"))))
				.andExpect(status().isOk())
				.andReturn();
			shown.addAll(entries(page));
		}

		assertThat(shown).isEqualTo(newest);
		assertThat(page.getResponse().getContentAsString()).contains("最新に戻る");
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR, username = "it-paging-director")
	void countsConsultationsAndCasesUpToTheCapAndRefusesPagesBeyondIt() throws Exception {
		insertConsultationsWithCases();
		try {
			ConsultationFilter schooling = new ConsultationFilter(token, null, null, null, null,
					ConsultationTopic.SCHOOLING, null);
			Page<ConsultationListItem> listed = consultations.search(schooling, PageRequest.of(0, 20));
			assertThat(listed.getContent()).hasSize(20);
			assertThat(listed.getTotalElements()).isEqualTo(CappedCount.CAP);
			assertThat(CappedPage.isTotalCapped(listed)).isTrue();
			assertThat(consultations.search(new ConsultationFilter(token, null, null, null, null,
					ConsultationTopic.DISASTER, null), PageRequest.of(0, 20)).getTotalElements()).isZero();
			Page<CaseListItem> caseList = cases.search(new CaseFilter(token, null, null, null, null, false, false),
					PageRequest.of(1, 20));
			assertThat(caseList.getContent()).hasSize(20);
			assertThat(CappedPage.isTotalCapped(caseList)).isTrue();

			assertThat(html("/consultations?q=" + token)).contains("相談の一覧（10,000件以上）")
				.contains("10,000件以上（1/500ページ）");
			assertThat(html("/consultations/cases?q=" + token)).contains("相談ケースの一覧（10,000件以上）");
			mvc.perform(get("/api/v1/consultations").param("q", token))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.page.totalElements").value(CappedCount.CAP))
				.andExpect(jsonPath("$.page.totalPages").value(200))
				.andExpect(jsonPath("$.totalCapped").value(true));

			String refused = mvc.perform(get(URI.create("/consultations?q=" + token + "&page=500")))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(refused).contains("一覧のページ送りは先頭から10,000件までです。")
				.contains("href=\"/consultations?q=" + token + "\"");
			mvc.perform(get("/api/v1/cases").param("q", token).param("page", "200"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("urn:tsunagu:problem:page-beyond-cap"));
		}
		finally {
			deleteConsultationsWithCases();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<AuditEntryView> entries(MvcResult result) {
		return (List<AuditEntryView>) result.getModelAndView().getModel().get("entries");
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(URI.create(url)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * More entries than the cap, of this run's target type, 700 to an instant (some with microseconds, which a
	 * cursor of milliseconds would lose); every 250th is a READ. Sealed into the hash chain as the job would.
	 */
	private List<UUID> insertAuditEntries() {
		if (auditEntries != null) {
			return auditEntries;
		}
		Instant base = Instant.parse("2001-04-01T00:00:00Z");
		List<UUID> ids = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < MORE_THAN_CAP; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			Instant at = base.plusSeconds(i / SAME_INSTANT).plusNanos(((i / SAME_INSTANT) % 2) * 123_456_000L);
			String action = (i % 250 == 0 ? AuditAction.READ : AuditAction.CREATE).name();
			rows.add(new Object[] { id, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), "it-paging", action, token,
					"r-" + i });
		}
		jdbc.batchUpdate("INSERT INTO audit_entries (id, occurred_at, actor, action, target_type, target_id) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", rows);
		while (chain.sealPending() > 0) {
			// The job seals 500 a round; other suites check that nothing is left unsealed.
		}
		auditEntries = ids;
		return ids;
	}

	/** More consultations than the cap, each with a case, found by this run's word. */
	private void insertConsultationsWithCases() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		LocalDate today = LocalDate.now();
		List<Object[]> consultationRows = new ArrayList<>();
		List<Object[]> topicRows = new ArrayList<>();
		List<Object[]> caseRows = new ArrayList<>();
		for (int i = 0; i < MORE_THAN_CAP; i++) {
			UUID consultation = UUID.randomUUID();
			consultationRows.add(new Object[] { consultation, now.minusMinutes(i), "（架空）上限試験 " + token,
					KanaText.searchKey("（架空）上限試験 " + token), now });
			topicRows.add(new Object[] { consultation });
			caseRows.add(new Object[] { UUID.randomUUID(), consultation, "（架空）上限試験 " + token, UUID.randomUUID(),
					today.plusDays(i % 30), today, now });
		}
		jdbc.batchUpdate("""
				INSERT INTO consultation_consultations (id, version, received_at, channel, consulter_type, region_name,
				    child_link, content, search_text, status, recorded_by, created_at, created_by, updated_at, updated_by)
				VALUES (?, 0, ?, 'PHONE', 'FAMILY', '松本', 'UNKNOWN', ?, ?, 'RECEIVED', 'it-paging', ?, 'it-paging',
				    CURRENT_TIMESTAMP, 'it-paging')
				""", consultationRows);
		jdbc.batchUpdate("INSERT INTO consultation_consultation_topics (consultation_id, topic) VALUES (?, 'SCHOOLING')",
				topicRows);
		jdbc.batchUpdate("""
				INSERT INTO consultation_cases (id, version, consultation_id, title, region_name, owner_id, owner_name,
				    status, priority, next_contact_due, close_requested, opened_on, created_at, created_by, updated_at,
				    updated_by)
				VALUES (?, 0, ?, ?, '松本', ?, '（架空）担当', 'RECEIVED', 'NORMAL', ?, FALSE, ?, ?, 'it-paging',
				    CURRENT_TIMESTAMP, 'it-paging')
				""", caseRows);
	}

	private void deleteConsultationsWithCases() {
		String pattern = "%" + token + "%";
		jdbc.update("DELETE FROM consultation_cases WHERE title LIKE ?", pattern);
		jdbc.update("DELETE FROM consultation_consultations WHERE content LIKE ?", pattern);
	}
}

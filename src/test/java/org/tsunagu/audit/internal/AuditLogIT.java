package org.tsunagu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tsunagu.testsupport.RecentlyAuthenticated.justNow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.identity.Role;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.SessionCookie;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The audit log on a real database: what is written, what a search finds, and that logins, failed logins
 * and logouts arrive through Spring Security's events. Each test works on its own target type or user
 * names, as entries are committed and never deleted.
 */
@DatabaseTest
class AuditLogIT {

	private static final String PASSWORD = "correct-horse-2026";

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private AuditQueries queries;

	@Autowired
	private AuditEntryRepository entries;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private MockMvc mvc;

	private final String type = "IT-" + UUID.randomUUID();

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void findsEntriesByEachFilter() {
		recordAs("Yamada-Hanako", AuditAction.CREATE, "c-1");
		recordAs("suzuki-ichiro", AuditAction.UPDATE, "c-1");
		recordAs("suzuki-ichiro", AuditAction.UPDATE, "c-2");

		assertThat(actors(new AuditSearch("YAMADA", null, type, null, null, null))).containsExactly("Yamada-Hanako");
		assertThat(find(new AuditSearch(null, AuditAction.UPDATE, type, null, null, null))).hasSize(2);
		assertThat(find(new AuditSearch(null, null, type, "c-1", null, null))).hasSize(2);
		assertThat(find(new AuditSearch("suzuki", AuditAction.UPDATE, type, "c-2", null, null))).hasSize(1);
		assertThat(find(new AuditSearch(null, null, type, null, null, null))).hasSize(3);
		assertThat(queries.findEntries(AuditSearch.everything(), PageRequest.of(0, 50)).getTotalElements())
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void takesPercentAndUnderscoreInTheActorFilterLiterally() {
		recordAs("tanaka_jiro", AuditAction.READ, null);
		recordAs("tanakaxjiro", AuditAction.READ, null);

		assertThat(actors(new AuditSearch("a_j", null, type, null, null, null))).containsExactly("tanaka_jiro");
		assertThat(find(new AuditSearch("%", null, type, null, null, null))).isEmpty();
	}

	@Test
	void searchesWholeDaysInJapanStandardTime() {
		// 2026-11-24 15:00Z is midnight of 11/25 in Japan.
		save("2026-11-24T14:59:59Z", "before");
		save("2026-11-24T15:00:00Z", "first");
		save("2026-11-25T14:59:59Z", "last");
		save("2026-11-25T15:00:00Z", "after");
		LocalDate day = LocalDate.of(2026, 11, 25);

		assertThat(targetIds(new AuditSearch(null, null, type, null, day, day))).containsExactly("last", "first");
		assertThat(targetIds(new AuditSearch(null, null, type, null, day, null))).containsExactly("after", "last",
				"first");
		assertThat(targetIds(new AuditSearch(null, null, type, null, null, day))).containsExactly("last", "first",
				"before");
	}

	@Test
	void sortsNewestFirstByDefaultAndByTheColumnAsked() {
		save("2026-11-25T01:00:00Z", "b-old", "bravo");
		save("2026-11-25T02:00:00Z", "a-new", "alpha");
		save("2026-11-25T03:00:00Z", "c-newest", "charlie");
		AuditSearch search = new AuditSearch(null, null, type, null, null, null);

		assertThat(targetIds(search)).containsExactly("c-newest", "a-new", "b-old");
		assertThat(queries.findEntries(search, PageRequest.of(0, 50, Sort.by("actor")))
			.map(AuditEntryView::actor)
			.getContent()).containsExactly("alpha", "bravo", "charlie");
		assertThat(queries.findEntries(search, PageRequest.of(0, 50, Sort.by("detail"))).getSort())
			.isEqualTo(Sort.by(Sort.Direction.DESC, "occurredAt"));
	}

	@Test
	void leavesNoLineWhenTheCallersTransactionRollsBack() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			auditLog.record(AuditAction.DELETE, type, "rolled-back", null);
			status.setRollbackOnly();
		});

		assertThat(find(new AuditSearch(null, null, type, null, null, null))).isEmpty();
	}

	@Test
	void recordsAReadInsideAReadOnlyTransaction() {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(status -> auditLog.record(AuditAction.READ, type, "c-9", null));

		assertThat(targetIds(new AuditSearch(null, AuditAction.READ, type, null, null, null))).containsExactly("c-9");
	}

	@Test
	void recordsAFailedFormLoginWithTheNameTriedButNeverThePassword() throws Exception {
		String username = createUser();

		mvc.perform(formLogin("/login").user(username).password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));

		List<AuditEntryView> failures = loginEvents(AuditAction.LOGIN_FAILURE, username);
		assertThat(failures).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("unverified:" + username);
			assertThat(entry.detail()).isEqualTo("BadCredentialsException").doesNotContain("wrong-password");
			assertThat(entry.remoteAddress()).isNotBlank();
		});
	}

	@Test
	void recordsAFailedFormLoginOfAnUnknownUser() throws Exception {
		String username = "nobody-" + UUID.randomUUID();

		mvc.perform(formLogin("/login").user(username).password("whatever")).andExpect(redirectedUrl("/login?error"));

		assertThat(loginEvents(AuditAction.LOGIN_FAILURE, username)).singleElement()
			.extracting(AuditEntryView::actor)
			.isEqualTo("unverified:" + username);
	}

	@Test
	void recordsALoginAndALogout() throws Exception {
		String username = createUser();

		SessionCookie session = SessionCookie.from(mvc
			.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn());
		session.perform(mvc, post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));

		assertThat(loginEvents(AuditAction.LOGIN_SUCCESS, username)).singleElement()
			.extracting(AuditEntryView::actor)
			.isEqualTo(username);
		assertThat(loginEvents(AuditAction.LOGIN_FAILURE, username)).isEmpty();
	}

	@Test
	void recordsFailedBasicLoginsButNotEachSuccessfulApiCall() throws Exception {
		String username = createUser();

		mvc.perform(get("/api/v1/admin/audit-entries").with(httpBasic(username, "wrong")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/admin/audit-entries").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk());

		assertThat(loginEvents(AuditAction.LOGIN_FAILURE, username)).hasSize(1);
		assertThat(loginEvents(AuditAction.LOGIN_SUCCESS, username)).isEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN, username = "export-admin")
	void exportsCsvStreamedFromTheDatabaseAndAuditsTheExport() throws Exception {
		save("2026-11-25T03:00:00Z", "c-1", "csv-writer");

		byte[] csv = mvc.perform(get("/admin/audit/export").param("targetType", type).with(justNow()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF日時,")
			.contains("2026-11-25 12:00:00,csv-writer,作成," + type + ",c-1");
		assertThat(find(new AuditSearch("export-admin", AuditAction.EXPORT, "AuditEntry", null, null, null)))
			.anySatisfy(entry -> assertThat(entry.detail()).isEqualTo("filter: targetType=" + type));
	}

	@Test
	void offersNoWayToChangeOrDeleteAnEntry() {
		assertThat(AuditEntryRepository.class.getMethods()).extracting(java.lang.reflect.Method::getName)
			.noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.equals("saveAll"));
	}

	private void recordAs(String actor, AuditAction action, String targetId) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
		auditLog.record(action, type, targetId, null);
		SecurityContextHolder.clearContext();
	}

	private void save(String instant, String targetId) {
		save(instant, targetId, "system");
	}

	private void save(String instant, String targetId, String actor) {
		entries.save(new AuditEntry(Instant.parse(instant), actor, AuditAction.CREATE, type, targetId, null, null));
	}

	private List<AuditEntryView> find(AuditSearch search) {
		return queries.findEntries(search, PageRequest.of(0, 50)).getContent();
	}

	private List<String> actors(AuditSearch search) {
		return find(search).stream().map(AuditEntryView::actor).toList();
	}

	private List<String> targetIds(AuditSearch search) {
		return find(search).stream().map(AuditEntryView::targetId).toList();
	}

	private List<AuditEntryView> loginEvents(AuditAction action, String username) {
		return find(new AuditSearch(null, action, SecurityEventAuditor.TARGET_TYPE, username, null, null));
	}

	/** An administrator with a known password, written straight to the identity table (test fixture only). */
	private String createUser() {
		String username = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = Instant.now();
		jdbc.update("""
				INSERT INTO identity_users (id, version, username, display_name, password_hash, role, enabled,
				    must_change_password, created_at, created_by, updated_at, updated_by)
				VALUES (?, 0, ?, ?, ?, ?, TRUE, FALSE, ?, 'system', ?, 'system')
				""", UUID.randomUUID(), username, "試験 管理者", passwordEncoder.encode(PASSWORD), Role.ADMIN.name(),
				java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
		return username;
	}
}

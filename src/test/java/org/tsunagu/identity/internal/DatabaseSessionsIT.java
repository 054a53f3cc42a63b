package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.SessionCookie;

/**
 * Sessions live in the database (Spring Session JDBC), so that either of two nodes serves a user: the login still
 * gets a new session id, logout still ends the session, and the 30-minute idle timeout is the database row's —
 * whose last access time is written at most once a minute, not on every page.
 */
@DatabaseTest
class DatabaseSessionsIT {

	private static final String PASSWORD = "azumino wasabi 2026";

	private static final long IDLE_MILLIS = (30 * 60 + 1) * 1000L;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loginReplacesTheSessionIdAndTheSessionRowNamesTheUser() throws Exception {
		users.createUserWithPassword(new NewUser("session-nurse", "試験 セッション", Role.NURSE, null, null), PASSWORD);
		SessionCookie browser = SessionCookie.from(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
		String before = browser.sessionId();

		login(browser, "session-nurse");

		assertThat(browser.sessionId()).as("a new session id after the login").isNotEqualTo(before);
		assertThat(rows(before)).as("the session id before the login is gone").isZero();
		assertThat(jdbc.queryForObject("SELECT principal_name FROM spring_session WHERE session_id = ?", String.class,
				browser.sessionId())).isEqualTo("session-nurse");
		browser.perform(mvc, get("/")).andExpect(status().isOk());
	}

	@Test
	void logoutDeletesTheSessionRow() throws Exception {
		users.createUserWithPassword(new NewUser("session-clerk", "試験 ログアウト", Role.CLERK, null, null), PASSWORD);
		SessionCookie browser = SessionCookie.from(mvc.perform(get("/login")).andReturn());
		login(browser, "session-clerk");
		String loggedIn = browser.sessionId();

		browser.perform(mvc, post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));

		assertThat(rows(loggedIn)).isZero();
		SessionCookie stolen = SessionCookie.of(loggedIn);
		stolen.perform(mvc, get("/")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aSessionIdleForThirtyMinutesNoLongerLogsIn() throws Exception {
		users.createUserWithPassword(new NewUser("session-office", "試験 期限", Role.CONSULTANT, null, null), PASSWORD);
		SessionCookie browser = SessionCookie.from(mvc.perform(get("/login")).andReturn());
		login(browser, "session-office");
		assertThat(jdbc.queryForObject("SELECT max_inactive_interval FROM spring_session WHERE session_id = ?",
				Integer.class, browser.sessionId())).isEqualTo(30 * 60);

		// As if the user had left the browser for 30 minutes and a second: the last access lies that far back.
		jdbc.update("UPDATE spring_session SET last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
				+ "WHERE session_id = ?", IDLE_MILLIS, IDLE_MILLIS, browser.sessionId());

		browser.perform(mvc, get("/")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void pagesWithinAMinuteOfTheLastAccessWriteNoSessionRow() throws Exception {
		users.createUserWithPassword(new NewUser("session-reader", "試験 閲覧", Role.NURSE, null, null), PASSWORD);
		SessionCookie browser = SessionCookie.from(mvc.perform(get("/login")).andReturn());
		login(browser, "session-reader");
		long afterLogin = lastAccess(browser);

		browser.perform(mvc, get("/")).andExpect(status().isOk());
		browser.perform(mvc, get("/")).andExpect(status().isOk());

		assertThat(lastAccess(browser)).as("the last access is kept to the minute, not written per page")
			.isEqualTo(afterLogin);
	}

	@Test
	void aPageAMinuteAfterTheLastAccessMovesTheIdleTimeout() throws Exception {
		users.createUserWithPassword(new NewUser("session-mover", "試験 延長", Role.NURSE, null, null), PASSWORD);
		SessionCookie browser = SessionCookie.from(mvc.perform(get("/login")).andReturn());
		login(browser, "session-mover");
		jdbc.update("UPDATE spring_session SET last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
				+ "WHERE session_id = ?", 61_000L, 61_000L, browser.sessionId());
		long minuteAgo = lastAccess(browser);

		browser.perform(mvc, get("/")).andExpect(status().isOk());

		assertThat(lastAccess(browser)).isGreaterThanOrEqualTo(minuteAgo + 61_000L);
		assertThat(jdbc.queryForObject("SELECT expiry_time - last_access_time FROM spring_session WHERE session_id = ?",
				Long.class, browser.sessionId())).isEqualTo(30 * 60 * 1000L);
	}

	private long lastAccess(SessionCookie browser) {
		Long time = jdbc.queryForObject("SELECT last_access_time FROM spring_session WHERE session_id = ?", Long.class,
				browser.sessionId());
		return time == null ? 0 : time;
	}

	private void login(SessionCookie browser, String username) throws Exception {
		browser.perform(mvc, post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	private int rows(String sessionId) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE session_id = ?", Integer.class,
				sessionId);
		return count == null ? 0 : count;
	}
}

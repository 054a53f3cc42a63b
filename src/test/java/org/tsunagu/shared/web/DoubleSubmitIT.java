package org.tsunagu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.SessionCookie;

/**
 * Double submits and retries on a real database (H2 and PostgreSQL): a form sent twice with its one-time
 * token registers one child, and an API create retried with the same {@code Idempotency-Key} creates one record
 * and answers the same; the same key with another body is refused (422) and creates nothing.
 */
@DatabaseTest
class DoubleSubmitIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFormSubmittedTwiceWithItsTokenRegistersOneChild() throws Exception {
		String name = uniqueName("二重送信");
		MvcResult page = mvc.perform(get("/children/new").with(authentication(consultant())))
			.andExpect(status().isOk())
			.andReturn();
		SessionCookie session = SessionCookie.from(page);
		String form = page.getResponse().getContentAsString();
		String token = Jsoup.parse(form).select("form.form input[name=_formToken]").val();

		MockHttpServletResponse first = session.perform(mvc, childForm(name).param("_formToken", token))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		MockHttpServletResponse second = session.perform(mvc, childForm(name).param("_formToken", token))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse();

		assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl()).startsWith("/children/");
		assertThat(childrenNamed(name)).isEqualTo(1);
	}

	@Test
	void anApiCreateRetriedWithTheSameKeyCreatesOneRecordAndAnswersTheSame() throws Exception {
		String name = uniqueName("冪等");
		String key = UUID.randomUUID().toString();

		MockHttpServletResponse first = mvc.perform(childApi(name, key)).andExpect(status().isCreated()).andReturn()
			.getResponse();
		MockHttpServletResponse retry = mvc.perform(childApi(name, key)).andExpect(status().isCreated()).andReturn()
			.getResponse();

		assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location")).isNotNull();
		assertThat(retry.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(first.getContentAsString(StandardCharsets.UTF_8))
			.contains(name);
		assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(childrenNamed(name)).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedAndCreatesNothing() throws Exception {
		String name = uniqueName("別内容");
		String key = UUID.randomUUID().toString();
		mvc.perform(childApi(name, key)).andExpect(status().isCreated());

		mvc.perform(childApi(name + "改", key))
			.andExpect(status().isUnprocessableContent())
			.andExpect(result -> assertThat(result.getResponse().getContentType())
				.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));

		assertThat(childrenNamed(name + "改")).isZero();
		assertThat(childrenNamed(name)).isEqualTo(1);
	}

	@Test
	void aRefusedCreateDoesNotUseUpItsKey() throws Exception {
		String name = uniqueName("再送");
		String key = UUID.randomUUID().toString();
		String invalid = "{\"familyName\":\"" + name + "\"}";
		mvc.perform(post("/api/v1/children").with(authentication(consultant())).with(csrf())
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(invalid))
			.andExpect(status().isBadRequest());

		mvc.perform(childApi(name, key)).andExpect(status().isCreated());

		assertThat(childrenNamed(name)).isEqualTo(1);
	}

	private MockHttpServletRequestBuilder childForm(String name) {
		return post("/children/new")
			.with(authentication(consultant()))
			.with(csrf())
			.param("familyName", name)
			.param("givenName", "花子")
			.param("familyNameKana", "ニジュウ")
			.param("givenNameKana", "ハナコ")
			.param("birthDate", "2019-05-01")
			.param("sex", "FEMALE")
			.param("municipalityCode", "202029")
			.param("duplicateChecked", "true");
	}

	private MockHttpServletRequestBuilder childApi(String name, String key) {
		String body = """
				{"familyName":"%s","givenName":"花子","familyNameKana":"ベキトウ","givenNameKana":"ハナコ",
				 "birthDate":"2019-05-01","sex":"FEMALE","municipalityCode":"202029","duplicateChecked":true}
				""".formatted(name);
		return post("/api/v1/children").with(authentication(consultant()))
			.with(csrf())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private int childrenNamed(String name) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM registry_children WHERE family_name = ?",
				Integer.class, name);
		return count == null ? 0 : count;
	}

	/** Tests on a shared PostgreSQL tolerate earlier runs: every record gets a name of its own. */
	private static String uniqueName(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	private static Authentication consultant() {
		String username = "it-double-submit";
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)), username,
				"試験 相談員", Role.CONSULTANT, null, null);
		TsunaguPrincipal principal = new TsunaguPrincipal(user, null, true, false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}
}

package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.tsunagu.shared.web.RecentAuthenticationRequired;
import org.tsunagu.testsupport.MutableClock;

class RecentAuthenticationInterceptorTests {

	private static final Instant LOGIN = Instant.parse("2026-12-01T00:00:00Z");

	private final MutableClock clock = new MutableClock(LOGIN);

	private final RecentAuthenticationInterceptor interceptor = new RecentAuthenticationInterceptor(
			() -> Duration.ofMinutes(5), clock, (user, password) -> "sato".equals(user) && "right-Passw0rd".equals(password),
			null);

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	/** Stands in for a controller: one export, one ordinary page. */
	static class Handlers {

		@RecentAuthenticationRequired
		void export() {
		}

		void list() {
		}
	}

	@BeforeEach
	void logIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("sato", null,
					AuthorityUtils.createAuthorityList("ROLE_CONSULTANT")));
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void letsAnExportThroughWithinFiveMinutesOfTheLogin() throws Exception {
		MockHttpServletRequest request = page("/consultations/cases/export.xlsx");
		RecentAuthentication.record(request, LOGIN);
		clock.advance(Duration.ofMinutes(5));

		assertThat(interceptor.preHandle(request, response, handler("export"))).isTrue();
	}

	@Test
	void sendsAStalePageToTheReauthenticationPageAndBack() throws Exception {
		MockHttpServletRequest request = page("/consultations/cases/export.xlsx");
		request.setQueryString("status=OPEN&q=見本");
		RecentAuthentication.record(request, LOGIN);
		clock.advance(Duration.ofMinutes(5).plusSeconds(1));

		assertThat(interceptor.preHandle(request, response, handler("export"))).isFalse();
		assertThat(response.getRedirectedUrl()).isEqualTo(
				"/account/reauthenticate?continue=%2Fconsultations%2Fcases%2Fexport.xlsx%3Fstatus%3DOPEN%26q%3D%E8%A6%8B%E6%9C%AC");
	}

	@Test
	void treatsASessionWithoutARecordedLoginAsStale() throws Exception {
		assertThat(interceptor.preHandle(page("/institutions/export.csv"), response, handler("export"))).isFalse();
	}

	@Test
	void leavesUnmarkedHandlersAlone() throws Exception {
		assertThat(interceptor.preHandle(page("/consultations/cases"), response, handler("list"))).isTrue();
	}

	@Test
	void tellsHtmxWhereToGoInsteadOfRedirectingTheFragment() throws Exception {
		MockHttpServletRequest request = page("/institutions/export.csv");
		request.addHeader("HX-Request", "true");

		assertThat(interceptor.preHandle(request, response, handler("export"))).isFalse();
		assertThat(response.getHeader("HX-Redirect")).startsWith("/account/reauthenticate?continue=");
	}

	@Test
	void answersAStaleApiCallWithAForbiddenStatus() throws Exception {
		assertThat(interceptor.preHandle(page("/api/v1/children/1/emergency-sheet.pdf"), response, handler("export")))
			.isFalse();
		assertThat(response.getStatus()).isEqualTo(403);
	}

	@Test
	void treatsAnApiCallWithTheRightBasicPasswordAsFresh() throws Exception {
		MockHttpServletRequest request = page("/api/v1/children/1/emergency-sheet.pdf");
		request.addHeader("Authorization", basic("sato", "right-Passw0rd"));

		assertThat(interceptor.preHandle(request, response, handler("export"))).isTrue();
	}

	@Test
	void refusesABasicHeaderWithAWrongPasswordEvenInALoggedInSession() throws Exception {
		MockHttpServletRequest request = page("/api/v1/children/1/emergency-sheet.pdf");
		request.addHeader("Authorization", basic("sato", "guessed"));

		assertThat(interceptor.preHandle(request, response, handler("export"))).isFalse();
		assertThat(response.getStatus()).isEqualTo(401);
	}

	@Test
	void refusesABasicHeaderForAnotherUser() throws Exception {
		MockHttpServletRequest request = page("/api/v1/children/1/emergency-sheet.pdf");
		request.addHeader("Authorization", basic("suzuki", "right-Passw0rd"));

		assertThat(interceptor.preHandle(request, response, handler("export"))).isFalse();
	}

	@Test
	void comesBackToTheFormPageAfterAPostOnlyWhenTheRefererIsOurs() {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/admin/users/1/reset-password");
		post.addHeader("Referer", "http://localhost/admin/users/1/edit");
		assertThat(RecentAuthenticationInterceptor.continueTarget(post)).isEqualTo("/admin/users/1/edit");

		MockHttpServletRequest foreign = new MockHttpServletRequest("POST", "/admin/users/1/reset-password");
		foreign.addHeader("Referer", "https://evil.example/admin/users/1/edit");
		assertThat(RecentAuthenticationInterceptor.continueTarget(foreign)).isEqualTo("/");
	}

	@Test
	void acceptsOnlyLocalPathsAsTheWayBack() {
		assertThat(RecentAuthentication.safeContinue("/reports/datasets?date=2026-04-01")).isEqualTo("/reports/datasets?date=2026-04-01");
		assertThat(RecentAuthentication.safeContinue("//evil.example/")).isEqualTo("/");
		assertThat(RecentAuthentication.safeContinue("/\\evil.example")).isEqualTo("/");
		assertThat(RecentAuthentication.safeContinue("https://evil.example/")).isEqualTo("/");
		assertThat(RecentAuthentication.safeContinue("javascript:alert(1)")).isEqualTo("/");
		assertThat(RecentAuthentication.safeContinue("/\t/evil.example")).isEqualTo("/");
		assertThat(RecentAuthentication.safeContinue("")).isEqualTo("/");
		assertThat(RecentAuthentication.safeContinue(null)).isEqualTo("/");
	}

	private static MockHttpServletRequest page(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		return request;
	}

	private static HandlerMethod handler(String name) throws NoSuchMethodException {
		return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}
}

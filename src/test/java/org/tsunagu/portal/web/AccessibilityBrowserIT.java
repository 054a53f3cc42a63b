package org.tsunagu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Response;

/**
 * Every page of the foundation passes axe-core (WCAG 2.x A/AA, JIS X 8341-3 AA) with no serious or critical
 * finding, in Japanese and in English, for the role that may open it.
 */
class AccessibilityBrowserIT extends BrowserTestSupport {

	private static final List<String> ADMIN_PAGES = List.of("/", "/admin", "/admin/users", "/admin/users/new",
			"/admin/reference", "/admin/reference/municipalities", "/admin/reference/municipalities/202029/edit",
			"/admin/reference/regions", "/admin/reference/departments", "/admin/reference/departments/new",
			"/admin/reference/care-score-items", "/admin/audit", "/admin/mail", "/account/password");

	private static final List<String> STAFF_PAGES = List.of("/", "/regions", "/regions/%E6%9D%BE%E6%9C%AC",
			"/consultations", "/children", "/institutions", "/trainings", "/councils", "/information", "/reports",
			"/account/password", "/no-such-page");

	@Test
	void administratorPagesAreAccessible() {
		loginAs("admin");
		visitAll(ADMIN_PAGES);
	}

	@Test
	void staffPagesAreAccessible() {
		loginAs("director");
		visitAll(STAFF_PAGES);
	}

	@Test
	void pagesAreAccessibleInEnglishToo() {
		loginAs("admin");
		page.navigate("/?lang=en");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		visitAll(List.of("/", "/admin/users", "/admin/audit", "/admin/reference/municipalities"));
	}

	@Test
	void publicTopPageIsAccessibleWithoutLogin() {
		Response response = page.navigate("/public");
		assertThat(response.status()).isEqualTo(200);
		assertAccessible();
	}

	@Test
	void errorPagesAreAccessible() {
		loginAs("office-01");
		Response forbidden = page.navigate("/admin/users");
		assertThat(forbidden.status()).isEqualTo(403);
		assertAccessible();
		Response missing = page.navigate("/no-such-page");
		assertThat(missing.status()).isEqualTo(404);
		assertAccessible();
	}

	@Test
	void theCheckFailsOnAPageWithASeriousFinding() {
		page.setContent("<!DOCTYPE html><html lang=\"ja\"><head><title>試験</title></head>"
				+ "<body><main><h1>試験</h1><img src=\"/favicon.ico\"></main></body></html>");
		assertThatThrownBy(this::assertAccessible).isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
	}

	private void visitAll(List<String> paths) {
		for (String path : paths) {
			Response response = page.navigate(path);
			assertThat(response.status()).as(path).isIn(200, 404);
			assertThat(page.locator("h1").count()).as("one h1 on " + path).isEqualTo(1);
			assertAccessible();
		}
	}
}

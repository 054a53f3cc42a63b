package org.tsunagu.information.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A visitor on a phone (375 px wide) reaches every public section from the top page in one click and a
 * news article in two, without sideways scrolling, by keyboard as well as by touch.
 */
class PublicSiteBrowserIT extends BrowserTestSupport {

	@Test
	void visitorOnAPhoneReachesEverySectionFromTheTopPage() {
		page.setViewportSize(375, 812);
		page.navigate("/public");
		assertThat(page.locator("h1")).hasText("医療的ケア児等支援センター");
		assertThat(page).hasTitle("医療的ケア児等支援センター | 長野県医療的ケア児等支援センター");
		assertThat(page.locator(".contact-box")).containsText("平日 9:00〜17:00（見本）");
		assertFitsThePhone();
		assertAccessible();

		List<String> sections = page.locator(".global-nav a").all().stream().skip(1)
			.map(link -> link.getAttribute("href")).toList();
		assertThat(sections).contains("/public/news", "/public/good-practices", "/public/materials", "/public/faq");
		for (String path : sections) {
			page.navigate("/public");
			page.locator(".global-nav a[href='" + path + "']").click();
			page.waitForURL("**" + path);
			assertThat(page.locator("h1")).isVisible();
			assertThat(page.locator(".global-nav a[aria-current='page']")).hasAttribute("href", path);
			assertFitsThePhone();
			assertAccessible();
		}

		page.navigate("/public");
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("公開サイトのメニュー"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("お知らせ").setExact(true))
			.click();
		page.locator(".article-list h2 a").first().click();
		assertThat(page.locator("h1")).containsText("【見本】");
		assertThat(page).hasTitle(java.util.regex.Pattern.compile("【見本】.* \\| 長野県医療的ケア児等支援センター"));
		assertAccessible();
	}

	@Test
	void keyboardUserSkipsToTheContentAndOpensTheFaq() {
		page.navigate("/public");
		page.keyboard().press("Tab");
		assertThat(page.locator(".skip-link")).isFocused();
		page.keyboard().press("Enter");
		page.navigate("/public/faq");
		assertThat(page.locator("#cost h2")).hasText("相談にお金はかかりますか？");
		assertAccessible();
	}

	private void assertFitsThePhone() {
		Object width = page.evaluate("() => document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("page width on %s", page.url()).isLessThanOrEqualTo(375);
	}
}

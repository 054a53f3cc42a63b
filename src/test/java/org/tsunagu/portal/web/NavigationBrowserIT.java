package org.tsunagu.portal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.Role;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * Each role sees only its own menu, and a 圏域-limited user cannot open another 圏域 by URL.
 */
class NavigationBrowserIT extends BrowserTestSupport {

	@Autowired
	ReferenceData reference;

	@Autowired
	MessageSource messages;

	@Test
	void eachRoleSeesOnlyItsNavigation() {
		Map<String, Role> demoUsers = new LinkedHashMap<>();
		demoUsers.put("director", Role.CENTER_DIRECTOR);
		demoUsers.put("consultant", Role.CONSULTANT);
		demoUsers.put("nurse", Role.NURSE);
		demoUsers.put("clerk", Role.CLERK);
		demoUsers.put("prefecture", Role.PREFECTURE);
		demoUsers.put(officeOf("松本"), Role.HEALTH_OFFICE);
		demoUsers.put("institution1", Role.INSTITUTION);
		demoUsers.put("admin", Role.ADMIN);

		demoUsers.forEach((username, role) -> {
			context.clearCookies();
			loginAs(username);
			List<String> expected = new java.util.ArrayList<>(List.of("ホーム"));
			Area.navigationFor(role).forEach(area -> expected.add(label(area)));

			List<String> shown = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
				.getByRole(AriaRole.LINK)
				.allInnerTexts();
			org.assertj.core.api.Assertions.assertThat(shown).as(username).containsExactlyElementsOf(expected);
			assertAccessible();
		});
	}

	@Test
	void healthOfficeUserGets403ForAnotherRegionByUrl() {
		loginAs(officeOf("松本"));

		Response own = page.navigate("/regions/" + encoded("松本"));
		org.assertj.core.api.Assertions.assertThat(own.status()).isEqualTo(200);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("松本圏域"))).isVisible();

		Response other = page.navigate("/regions/" + encoded("長野"));
		org.assertj.core.api.Assertions.assertThat(other.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("この操作は許可されていません")))
			.isVisible();
		assertAccessible();

		Response api = page.navigate("/api/v1/admin/users");
		org.assertj.core.api.Assertions.assertThat(api.status()).isEqualTo(403);
	}

	@Test
	void menuLinksWorkForTheCenterStaff() {
		loginAs("consultant");
		for (Area area : Area.navigationFor(Role.CONSULTANT)) {
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
				.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(label(area)).setExact(true))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(label(area)).setLevel(1)))
				.isVisible();
			assertAccessible();
		}
	}

	private String officeOf(String regionName) {
		RegionView region = reference.region(regionName).orElseThrow();
		return "office-%02d".formatted(region.sortOrder());
	}

	private String label(Area area) {
		return messages.getMessage(area.messageKey(), null, java.util.Locale.JAPANESE);
	}

	private static String encoded(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}
}

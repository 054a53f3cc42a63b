package org.tsunagu.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/**
 * Logging in and out as a person would, with the mouse and with the keyboard only.
 */
class LoginBrowserIT extends BrowserTestSupport {

	private static final String GENERIC_FAILURE = "ユーザー名またはパスワードが正しくないため、ログインできませんでした。";

	@Test
	void loginPageIsJapaneseAndAccessible() {
		page.navigate("/");

		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
		assertThat(page.locator("html")).hasAttribute("lang", "ja");
		assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ログイン")))
			.isVisible();
		assertAccessible();
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameGenericMessage() {
		loginAs("consultant", "wrong-password-123");
		Locator alert = page.getByRole(AriaRole.ALERT);
		assertThat(alert).hasText(GENERIC_FAILURE);
		String wrongPasswordPage = page.locator("main").innerHTML().replaceAll("value=\"[^\"]*\"", "");

		loginAs("no-such-user", "wrong-password-123");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText(GENERIC_FAILURE);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error$"));
		org.assertj.core.api.Assertions.assertThat(page.locator("main").innerHTML().replaceAll("value=\"[^\"]*\"", ""))
			.as("no hint whether the user exists")
			.isEqualTo(wrongPasswordPage);
		assertAccessible();
	}

	@Test
	void logsInAndOutWithTheKeyboardOnly() {
		page.navigate("/login");
		// The user name field has the focus on arrival (waited for: keys typed before it has it are lost).
		assertThat(page.getByLabel("ユーザー名")).isFocused();
		page.keyboard().type("nurse");
		page.keyboard().press("Tab");
		page.keyboard().type(demoPassword);
		page.keyboard().press("Enter");

		assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ホーム")))
			.isVisible();

		Locator logout = page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("ログアウト"));
		logout.focus();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("ログアウトしました。");
	}

	@Test
	void skipLinkIsTheFirstStopAndLeadsToTheMainContent() {
		loginAs("consultant");
		// Wait for the home page before typing: a key pressed during the navigation is lost.
		assertThat(page.locator("h1")).hasText("ホーム");
		page.keyboard().press("Tab");

		assertThat(page.locator(":focus")).hasText("本文へスキップ");
		page.keyboard().press("Enter");
		assertThat(page.locator(":focus")).hasAttribute("id", "main");
	}
}

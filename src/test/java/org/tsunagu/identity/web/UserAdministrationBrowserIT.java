package org.tsunagu.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * An administrator adds a health office user; the new user logs in with the one-time password, must choose
 * a new one, and then works within their 圏域.
 */
class UserAdministrationBrowserIT extends BrowserTestSupport {

	@Test
	void newUserMustReplaceTheOneTimePasswordBeforeWorking() {
		loginAs("admin");
		page.navigate("/admin/users/new");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("入力内容を確認してください");
		assertThat(page.locator("#username-error")).hasText("ユーザー名を入力してください。");

		page.getByLabel("ユーザー名").fill("office-saku-2");
		page.getByLabel("氏名").fill("仮野 凛");
		page.getByLabel("役割").selectOption("HEALTH_OFFICE");
		page.getByLabel("担当圏域").selectOption("佐久");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();

		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("利用者を追加しました。");
		String oneTime = page.locator("code.one-time").innerText();
		assertAccessible();

		context.clearCookies();
		loginAs("office-saku-2", oneTime);
		assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
		page.navigate("/regions");
		assertThat(page).hasURL(Pattern.compile(".*/account/password$"));

		page.locator("#currentPassword").fill(oneTime);
		page.locator("#newPassword").fill("short");
		page.locator("#confirmPassword").fill("short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("変更する")).click();
		assertThat(page.locator("#newPassword-error")).hasText("パスワードは12文字以上にしてください。");

		page.locator("#currentPassword").fill(oneTime);
		page.locator("#newPassword").fill("asama yama no yukidoke");
		page.locator("#confirmPassword").fill("asama yama no yukidoke");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("変更する")).click();

		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("パスワードを変更しました。");
		assertThat(page.getByText("担当圏域：佐久圏域")).isVisible();
		page.navigate("/regions");
		assertThat(page.locator("table.data tbody tr")).hasCount(1);
	}
}

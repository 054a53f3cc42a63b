package org.tsunagu.consultation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A parent asks for a consultation on the public site without logging in, by keyboard, and keeps the
 * reference number; a consultant finds it in the intake list as 未対応 and, by the number or by reading, in
 * the full-text search.
 */
class PublicConsultationBrowserIT extends BrowserTestSupport {

	@Test
	void aVisitorAsksForAConsultationAndStaffFindItAsUnanswered() {
		page.navigate("/public");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("相談のお申し込み").setExact(true)).first().click();
		assertThat(page.locator("h1")).hasText("相談のお申し込み");
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送信する")).focus();
		page.keyboard().press("Enter");
		assertThat(page.locator(".error-summary")).containsText("電話番号かメールアドレスのどちらかを入力してください。");
		assertAccessible();

		page.locator("#relation").focus();
		page.locator("#relation").selectOption("FAMILY");
		page.keyboard().press("Tab");
		page.keyboard().type("見本 花子");
		page.locator("#phone").focus();
		page.keyboard().type("026-000-0000");
		page.locator("#regionName").focus();
		page.locator("#regionName").selectOption("松本");
		page.getByLabel("療養").focus();
		page.keyboard().press("Space");
		page.locator("#content").focus();
		page.keyboard().type("（架空）公開フォーム確認：気管切開をしている子の入浴について相談したいです。");
		page.getByLabel("センターからこの連絡先に連絡することに同意します").focus();
		page.keyboard().press("Space");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送信する")).focus();
		page.keyboard().press("Enter");

		assertThat(page.locator("h1")).hasText("ご相談を受け付けました");
		assertThat(page.locator("#reference-number")).hasText(java.util.regex.Pattern.compile("W-\\d{4}-[A-Z2-9]{6}"));
		String number = page.locator("#reference-number").textContent().strip();
		assertAccessible();

		loginAs("consultant");
		page.navigate("/consultations?status=UNANSWERED&channel=WEB");
		assertThat(page.locator("#results")).containsText("（架空）公開フォーム確認：気管切開");
		assertThat(page.locator("#results tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("公開フォーム確認"))).containsText("未対応");

		page.navigate("/consultations/search");
		page.locator("#q").fill("きかんせっかい こうかいふぉーむ");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索する")).click();
		assertThat(page.locator("#results tbody tr")).hasCount(1);
		assertAccessible();
		page.locator("#q").fill(number);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索する")).click();
		page.locator("#results tbody a").first().click();
		assertThat(page.locator("main")).containsText(number);
		assertThat(page.locator("main")).containsText("026-000-0000");
		assertAccessible();
	}
}

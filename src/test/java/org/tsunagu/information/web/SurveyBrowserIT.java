package org.tsunagu.information.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The prefecture opens a survey; 松本市 answers through its link without an account (in another browser
 * session) and corrects it; the prefecture sees the 松本 totals.
 */
class SurveyBrowserIT extends BrowserTestSupport {

	@Test
	void municipalityAnswersThroughItsLinkAndThePrefectureSeesRegionTotals() {
		loginAs("prefecture");
		page.navigate("/information/surveys/new");
		assertThat(page.locator("h1")).hasText("調査を作る");
		page.getByLabel("タイトル").fill("見本の実態調査（ブラウザ）");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("調査を保存しました。");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("回答受付を開始する")).click();
		assertThat(page.locator("h1")).hasText("回答用リンク");
		assertAccessible();
		String link = page.locator("a.survey-link[data-municipality='202029']").getAttribute("href");

		BrowserContext municipality = page.context().browser().newContext(new Browser.NewContextOptions()
			.setLocale("ja-JP"));
		try {
			Page answer = municipality.newPage();
			answer.navigate(link);
			assertThat(answer.locator("main")).containsText("松本市 ご担当者様");
			Locator number = answer.getByLabel("1. 把握している医療的ケア児の人数（人）");
			number.fill("たくさん");
			answer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("回答を送信する")).click();
			assertThat(answer.locator(".error-summary")).containsText("0以上の整数");
			number = answer.getByLabel("1. 把握している医療的ケア児の人数（人）");
			number.fill("4");
			answer.getByLabel("0〜2歳 人工呼吸器の管理").fill("1");
			answer.getByLabel("配置予定").check();
			answer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("回答を送信する")).click();
			assertThat(answer.getByRole(AriaRole.STATUS).first()).containsText("回答を受け付けました。");
			assertThat(answer.getByLabel("1. 把握している医療的ケア児の人数（人）")).hasValue("4");
			answer.getByLabel("1. 把握している医療的ケア児の人数（人）").fill("5");
			answer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("回答を送信する")).click();
			assertThat(answer.getByLabel("1. 把握している医療的ケア児の人数（人）")).hasValue("5");
			assertAccessibleOn(answer);
		}
		finally {
			municipality.close();
		}

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("回答状況へ戻る")).click();
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("松本市"))).containsText("回答済み");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("圏域別の集計")).click();
		Locator matsumoto = page.locator("#result-1 tbody tr", new Page.LocatorOptions().setHasText("松本"));
		assertThat(matsumoto.locator("td").first()).containsText("1 /");
		assertThat(matsumoto.locator("td").nth(1)).hasText("5");
		assertThat(page.locator("#result-1 tfoot td").nth(1)).hasText("5");
		assertAccessible();
	}

	private void assertAccessibleOn(Page other) {
		Page previous = page;
		page = other;
		try {
			assertAccessible();
		}
		finally {
			page = previous;
		}
	}
}

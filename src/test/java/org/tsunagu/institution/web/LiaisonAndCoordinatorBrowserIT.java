package org.tsunagu.institution.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A consultant records a call with a short stay of 松本 with something still to do, finds it in the work list
 * of open follow-ups and marks it done; then adds a coordinator for 木曽, where the coverage table showed
 * nobody, and sees 木曽 covered.
 */
class LiaisonAndCoordinatorBrowserIT extends BrowserTestSupport {

	@Test
	void consultantLogsAContactFollowsItUpAndFillsACoordinatorGap() {
		loginAs("consultant");
		page.navigate("/institutions?region=松本&kind=SHORT_STAY");
		page.locator("#results tbody tr").first().getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).containsText("試験松本");
		String institutionName = page.locator("h1 > span").first().textContent();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("連携を記録する")).click();
		assertThat(page.locator("h1")).hasText("連携を記録する");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.locator(".error-summary")).containsText("方法を選んでください。");
		assertAccessible();

		page.getByLabel("方法").selectOption("PHONE");
		page.getByLabel("先方担当者").fill("見本 次郎");
		page.getByLabel("件名").fill("ブラウザ試験の受け入れ相談");
		page.locator("#content").fill("人工呼吸器の子の短期入所について条件を確認した。");
		page.locator("#followUp").fill("看護体制の資料を受け取る");
		page.getByLabel("対応期限").fill(JapaneseDates.today().plusDays(7).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();

		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("連携を記録しました。");
		Locator timeline = page.locator(".timeline");
		assertThat(timeline.locator("li").first()).containsText("ブラウザ試験の受け入れ相談");
		assertThat(timeline.locator("li").first()).containsText("見本 次郎");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("対応待ちの連携")).first().click();
		assertThat(page.locator("h1")).hasText("対応待ちの連携");
		Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("ブラウザ試験の受け入れ相談"));
		assertThat(row).containsText(institutionName);
		assertAccessible();
		row.getByRole(AriaRole.BUTTON).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("対応済みにしました。");
		assertThat(page.locator("tbody")).not().containsText("ブラウザ試験の受け入れ相談");

		page.navigate("/institutions/coordinators/coverage");
		Locator kiso = page.locator("tbody tr").filter(new Locator.FilterOptions().setHas(
				page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("木曽"))));
		assertThat(kiso.locator("td").first()).hasText("0人（不在）");
		assertAccessible();

		page.navigate("/institutions/coordinators/new");
		page.locator("#name").fill("試験 木曽子");
		page.locator("#kana").fill("しけん きそこ");
		page.getByLabel("所属名（関係機関に登録のないとき）").fill("架空木曽相談支援センター");
		page.locator("#regionName").selectOption("木曽");
		page.getByLabel("研修名").fill("医療的ケア児等コーディネーター養成研修");
		page.getByLabel("修了年度").fill("2026");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();

		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("コーディネーターを登録しました。");
		assertThat(page.locator("tbody")).containsText("試験 木曽子");
		assertThat(page.locator("tbody")).containsText("圏域全体");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("配置状況")).click();
		assertThat(kiso.locator("td").first()).hasText("1");
		assertThat(kiso.locator(".coverage-gap")).hasCount(0);
	}
}

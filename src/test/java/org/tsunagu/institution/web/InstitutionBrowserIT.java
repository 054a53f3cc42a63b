package org.tsunagu.institution.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A consultant looks for a short stay in 松本 that takes a child on a ventilator, opens one and records that
 * its entry was confirmed today.
 */
class InstitutionBrowserIT extends BrowserTestSupport {

	@Autowired
	JapaneseDates dates;

	@Test
	void consultantFindsAShortStayForAVentilatedChildAndConfirmsIt() {
		loginAs("consultant");
		page.navigate("/institutions");
		assertThat(page.locator("h1")).hasText("関係機関");
		assertAccessible();

		page.locator("#region").selectOption("松本");
		page.locator("#kind").selectOption("SHORT_STAY");
		page.getByLabel("人工呼吸器の管理", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索する")).click();

		Locator rows = page.locator("#results tbody tr");
		assertThat(rows.first()).containsText("試験松本");
		for (int i = 0; i < rows.count(); i++) {
			assertThat(rows.nth(i)).containsText("短期入所");
			assertThat(rows.nth(i)).containsText("人工呼吸器の管理");
			assertThat(rows.nth(i)).containsText("（松本）");
		}
		assertAccessible();

		rows.first().getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).containsText("試験松本");
		assertAccessible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("最新の情報であることを確認した")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("最終確認日を今日にしました。");
		assertThat(page.locator("main")).containsText(dates.wareki(JapaneseDates.today()));
		assertThat(page.locator("main .status--stale")).hasCount(0);
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("編集する")).click();
		assertThat(page.locator("h1")).hasText("関係機関を編集する");
		assertAccessible();
	}
}

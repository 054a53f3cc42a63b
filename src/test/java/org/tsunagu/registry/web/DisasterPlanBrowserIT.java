package org.tsunagu.registry.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A nurse works through the power-dependency list: opens a child without a plan, records the plan, and the
 * child leaves the list.
 */
class DisasterPlanBrowserIT extends BrowserTestSupport {

	@Test
	void nurseRecordsAPlanAndTheChildLeavesTheList() {
		loginAs("nurse");
		page.navigate("/children/power-dependent");
		assertAccessible();
		Locator withoutPlan = page.locator("tbody tr", new Page.LocatorOptions().setHasText("計画なし")).first();
		String name = withoutPlan.locator("a").textContent();
		withoutPlan.locator("a").click();
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("避難計画を記録する")).click();
		assertAccessible();
		page.locator("#municipalityPlanStatus").selectOption("DONE");
		page.locator("#municipalityPlanDate").fill(java.time.LocalDate.now().toString());
		page.locator("#powerDevices").fill("人工呼吸器（架空）");
		page.locator("[id='helpers0.name']").fill("見本 太郎");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("避難計画を保存しました。");
		assertAccessible();

		page.navigate("/children/power-dependent");
		assertThat(page.locator("tbody")).not().containsText(name);
	}
}

package org.tsunagu.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The center director looks at this year's figures on the demo data, narrows them to 松本, downloads the
 * annual report and opens the data provision page; a health office sees only its own 圏域.
 */
class ReportingBrowserIT extends BrowserTestSupport {

	@Test
	void directorReadsTheDashboardNarrowsItToOneRegionAndDownloadsTheAnnualReport() {
		loginAs("director");
		page.navigate("/reports");
		assertThat(page.locator("h1")).hasText("統計・報告");
		Locator byRegion = page.locator("#table-children-by-region");
		assertThat(byRegion.locator("tbody tr")).hasCount(10);
		assertThat(page.locator("#item-children-by-region canvas")).hasCount(1);
		assertThat(page.locator("#item-information-published")).containsText("データ未整備");
		assertAccessible();

		page.locator("#region").selectOption("松本");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示する")).click();
		assertThat(byRegion.locator("tbody tr")).hasCount(1);
		assertThat(byRegion.locator("tbody th")).hasText("松本");
		assertAccessible();

		Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("事業実績報告（Excel）")).click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".xlsx");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("データ提供").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("データ提供（県への集計データ）");
		assertThat(page.locator("#dataset-table tbody tr")).hasCount(11);
		assertAccessible();

		page.getByLabel("パスワード（本人確認のため再入力）").fill("wrong-password-0000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("個人単位のデータを出力する")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("パスワードが正しくありません。");
	}

	@Test
	void aHealthOfficeSeesOnlyItsOwnRegion() {
		loginAs("office-07");
		page.navigate("/reports");
		assertThat(page.locator("#region")).hasCount(0);
		assertThat(page.locator("#table-children-by-region tbody th")).hasText("松本");
		assertThat(page.locator("#table-consultations-by-region tbody th")).hasText("松本");
		assertAccessible();
	}

	@Test
	void anyoneOpensTheOpenDataWithoutLogin() {
		page.navigate("/public");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("オープンデータ").setExact(true)).first().click();
		assertThat(page.locator("h1")).hasText("オープンデータ（医療的ケア児等の圏域別人数）");
		assertThat(page.locator("#dataset-table tbody tr")).hasCount(11);
		assertThat(page.locator("#dataset-table thead th").first()).hasText("全国地方公共団体コード");
		assertAccessible();
	}
}

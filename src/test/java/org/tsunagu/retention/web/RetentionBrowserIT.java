package org.tsunagu.retention.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * The センター長 opens 保存期間と削除 from the menu with the keyboard, finds a demo case closed seven years ago,
 * tries to hold another without a reason, approves the first and runs the review: the case leaves the list,
 * anonymised.
 */
class RetentionBrowserIT extends BrowserTestSupport {

	@Test
	void directorApprovesADueCaseAndTheReviewDisposesOfIt() {
		loginAs("director");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("保存期間と削除")).first().focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("h1")).hasText("保存期間と削除");
		Locator row = page.locator("#items tbody tr").filter(new Locator.FilterOptions().setHasText("退院後の支援 1"));
		assertThat(row).hasCount(1);
		assertThat(row).containsText("確認待ち");
		assertAccessible();

		page.locator("#items tbody tr")
			.filter(new Locator.FilterOptions().setHasText("退院後の支援 2"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("保留する").setExact(false))
			.focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("h1")).hasText("保存期間経過の記録を保留する");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保留する")).focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("#reason-error")).hasText("保留の理由を入力してください。");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("キャンセル")).click();

		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("承認").setExact(false)).focus();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("承認しました。次の確認のときに処理されます。");
		assertThat(row).containsText("承認済み");

		page.locator("#run-now").focus();
		page.keyboard().press("Enter");
		// the run reviews every kind of demo record; on a busy machine that takes longer than the default wait
		assertThat(page.locator("#run-result")).containsText("匿名化・削除した記録 1 件",
				new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		assertThat(row).hasCount(0);
		assertAccessible();
	}
}

package org.tsunagu.information.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A clerk writes a good practice in Markdown (with a script someone pasted), sends it for a check and
 * publishes it; it appears on the public site and in the feed, without the script; unpublishing removes it.
 */
class GoodPracticeBrowserIT extends BrowserTestSupport {

	@Test
	void clerkPublishesAGoodPracticeThatAppearsPubliclyUntilUnpublished() {
		loginAs("clerk");
		page.navigate("/information");
		assertThat(page.locator("h1")).hasText("情報発信");
		assertAccessible();
		page.navigate("/information/articles/new?kind=GOOD_PRACTICE");
		assertThat(page.locator("h1")).hasText("好事例を書く");
		page.getByLabel("タイトル").fill("見本の災害時訓練");
		page.getByLabel("URL の末尾").fill("browser-drill");
		page.locator("#regionName").selectOption("松本");
		page.locator("#theme").selectOption("DISASTER");
		page.locator("#body").fill("## 取り組み\n\n停電を想定した訓練を行った（見本）。\n\n<script>window.pwned=1</script>"
				+ "\n\n[危ない](javascript:alert(1))");
		assertThat(page.locator("#preview h2")).hasText("取り組み");
		assertThat(page.locator("#preview script")).hasCount(0);
		page.getByLabel("結果・効果").fill("全員が手順を確認できた（見本）。");
		page.getByLabel("問い合わせ先").fill("架空市 防災課（代表）");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下書きを保存する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("下書きを保存しました。");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認へ回す")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("公開する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("公開しました。");
		assertThat(page.locator("main")).containsText("第1版");
		assertAccessible();
		String staffPage = page.url();

		page.navigate("/public/good-practices?region=松本");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("見本の災害時訓練")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/public/good-practices/browser-drill$"));
		assertThat(page.locator("main")).containsText("架空市 防災課（代表）");
		assertThat(page.locator("main")).containsText("<script>window.pwned=1</script>");
		assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
		assertThat(page.locator("main .markdown", new Page.LocatorOptions().setHasText("危ない"))).hasCount(1);
		assertThat(page.locator("main a[href*='javascript' i]")).hasCount(0);
		assertAccessible();
		assertThat(page.request().get("/public/good-practices/feed.atom").text()).contains("見本の災害時訓練");

		page.navigate(staffPage);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("公開を停止する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("公開を停止しました。");

		page.navigate("/public/good-practices");
		assertThat(page.locator("main")).not().containsText("見本の災害時訓練");
		assertThat(page.request().get("/public/good-practices/browser-drill").status()).isEqualTo(404);
		assertThat(page.request().get("/public/good-practices/feed.atom").text()).doesNotContain("見本の災害時訓練");
	}
}

package org.tsunagu.institution.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A family, without logging in, looks on the public site for a short stay in 松本 that takes a child on a
 * ventilator: it finds the public one and never the staff-only one, and other directories get the same list
 * as HSDS JSON.
 */
class PublicResourceBrowserIT extends BrowserTestSupport {

	@Test
	void familyFindsAPublicShortStayForAVentilatedChildWithoutLoggingIn() {
		page.navigate("/public");
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("医療的ケアに対応する施設・サービスを探す")).click();
		assertThat(page.locator("h1")).hasText("医療的ケアに対応する施設・サービスを探す");
		assertAccessible();

		page.locator("#region").selectOption("松本");
		page.locator("#kind").selectOption("SHORT_STAY");
		page.getByLabel("人工呼吸器の管理", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索する")).click();

		Locator rows = page.locator("tbody tr");
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText("試験松本短期入所ホーム");
		assertThat(rows.first()).containsText("（松本）");
		assertThat(rows.first()).containsText("人工呼吸器の管理");
		assertThat(page.locator("main")).not().containsText("第二事業所");
		assertAccessible();

		rows.first().getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).hasText("試験松本短期入所ホーム");
		assertThat(page.locator("main")).not().containsText("見本 担当");
		assertAccessible();

		APIResponse hsds = page.request().get("/api/v1/public/institutions/hsds?region=松本&kind=SHORT_STAY&care=1");
		assertThat(hsds.status()).isEqualTo(200);
		assertThat(hsds.text()).contains("試験松本短期入所ホーム", "\"organization_id\"", "\"addresses\"")
			.doesNotContain("第二事業所", "見本 担当");
	}
}

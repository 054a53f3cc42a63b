package org.tsunagu.consultation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A consultant takes a phone call: the intake form is already set to now and 電話, the rest is typed and
 * chosen from the keyboard, and the consultation appears in the list.
 */
class ConsultationBrowserIT extends BrowserTestSupport {

	@Test
	void consultantRecordsAPhoneConsultationAndFindsItInTheList() {
		loginAs("consultant");
		page.navigate("/consultations");
		assertThat(page.locator("h1")).hasText("相談");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("相談を受け付ける")).click();
		assertAccessible();

		assertThat(page.getByLabel("電話", new Page.GetByLabelOptions().setExact(true))).isChecked();
		page.locator("#consulterType").focus();
		page.locator("#consulterType").selectOption("FAMILY");
		page.keyboard().press("Tab");
		page.keyboard().type("見本 桜");
		page.locator("#municipalityCode").selectOption("202029");
		page.getByLabel("就学・就園").focus();
		page.keyboard().press("Space");
		page.locator("#content").focus();
		page.keyboard().type("（架空）ブラウザ試験の就学相談");
		page.locator("#answer").fill("（架空）教育委員会の窓口を案内した");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).focus();
		page.keyboard().press("Enter");

		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("相談を記録しました。");
		assertThat(page.locator("main")).containsText("（架空）ブラウザ試験の就学相談");
		assertThat(page.locator("main")).containsText("松本市");
		assertAccessible();

		page.navigate("/consultations");
		page.locator("#q").fill("ぶらうざ試験");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索する")).click();
		assertThat(page.locator("#results tbody tr")).hasCount(1);
		assertThat(page.locator("#results")).containsText("就学・就園");
	}
}

package org.tsunagu.registry.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildRegistryIT;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * A consultant registers a child and finds them again by typing the reading in hiragana; a 保健福祉事務所
 * user of 松本 cannot open a child of 長野, neither by URL nor through the API.
 */
class RegistryBrowserIT extends BrowserTestSupport {

	@Autowired
	ChildManagement children;

	@Test
	void consultantRegistersAChildAndFindsItByItsReading() {
		loginAs("consultant");
		page.navigate("/children");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("児童を登録する")).click();
		assertAccessible();

		page.locator("#familyName").fill("夢見");
		page.locator("#givenName").fill("湊");
		page.locator("#familyNameKana").fill("ゆめみ");
		page.locator("#givenNameKana").fill("ﾐﾅﾄ");
		page.locator("#birthDate").fill("2016-04-01");
		page.getByLabel("男", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#municipalityCode").selectOption("202207");
		page.locator("#diagnoses").fill("脊髄性筋萎縮症（架空）");
		page.getByLabel("訪問看護").check();
		page.locator("[id='family0.name']").fill("夢見 結衣");
		page.locator("[id='family0.relationship']").fill("母");
		page.locator("[id='family0.phone']").fill("090-0000-7777");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();

		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("児童を登録しました。");
		assertThat(page.locator("h1")).containsText("夢見 湊");
		assertThat(page.locator("h1 .kana")).hasText("ユメミ ミナト");
		assertThat(page.locator("main")).containsText("小学5年");
		assertThat(page.locator("main")).containsText("平成28年4月1日");
		assertThat(page.locator("main")).containsText("安曇野市");
		assertAccessible();

		page.navigate("/children");
		page.locator("#q").fill("ゆめみ");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索する")).click();
		assertThat(page.locator("#results tbody tr")).hasCount(1);
		assertThat(page.locator("#results")).containsText("夢見 湊");
	}

	@Test
	void healthOfficeOfMatsumotoCannotOpenAChildOfNagano() {
		UUID matsumotoChild = firstChildOf("松本");
		UUID naganoChild = firstChildOf("長野");
		loginAs("office-07");

		Response own = page.navigate("/children/" + matsumotoChild);
		org.assertj.core.api.Assertions.assertThat(own.status()).isEqualTo(200);

		Response other = page.navigate("/children/" + naganoChild);
		org.assertj.core.api.Assertions.assertThat(other.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("この操作は許可されていません");
		assertAccessible();

		Response api = page.navigate("/api/v1/children/" + naganoChild);
		org.assertj.core.api.Assertions.assertThat(api.status()).isEqualTo(403);

		page.navigate("/children");
		assertThat(page.locator("#results tbody")).not().containsText("長野市");
		assertThat(page).hasURL(Pattern.compile(".*/children$"));
	}

	private UUID firstChildOf(String region) {
		UUID[] id = new UUID[1];
		ChildRegistryIT.WithUser.run(Role.CONSULTANT, null, () -> id[0] = children
			.search(new ChildFilter(null, region, null, null, null, null, null), Pageable.ofSize(1))
			.getContent()
			.get(0)
			.id());
		return id[0];
	}
}

package org.tsunagu.consultation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.BrowserTestSupport;
import org.tsunagu.testsupport.MutableClock;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A consultant takes a phone call with the keyboard, turns it into a case due tomorrow, records two contacts
 * and refers it; two days later (the test moves the application's clock) the センター長 finds it overdue on
 * the home screen. A health office user sees only its own 圏域's cases.
 */
@Import(CaseBrowserIT.TestClock.class)
class CaseBrowserIT extends BrowserTestSupport {

	@TestConfiguration
	static class TestClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now());
		}
	}

	@Autowired
	MutableClock clock;

	@Test
	void consultantTurnsACallIntoACaseAndTheDirectorSeesItOverdue() {
		clock.set(Instant.now());
		loginAs("consultant");
		page.navigate("/consultations/new");
		page.locator("#consulterType").focus();
		page.locator("#consulterType").selectOption("FAMILY");
		page.locator("#municipalityCode").selectOption("202029");
		page.getByLabel("療養").focus();
		page.keyboard().press("Space");
		page.locator("#content").focus();
		page.keyboard().type("（架空）ブラウザ試験のケース相談");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).focus();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("相談を記録しました。");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ケースにする・開く")).focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("h1")).hasText("相談をケースにする");
		assertAccessible();
		LocalDate tomorrow = JapaneseDates.today().plusDays(1);
		page.locator("#priority").selectOption("HIGH");
		page.locator("#nextContactDue").fill(tomorrow.toString());
		page.locator("#nextContactDue").press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("ケースにしました。");
		assertThat(page.locator("main")).containsText("受付");
		String caseUrl = page.url();

		recordContact("母", "（架空）一回目：訪問看護の回数を確認した");
		recordContact("（架空）みほん訪問看護ステーション", "（架空）二回目：訪問日を調整した");
		assertThat(page.locator("#timeline + .table-wrap tbody tr").filter(new Locator.FilterOptions().setHasText("対応記録")))
			.hasCount(2);
		assertThat(page.locator("main")).containsText("対応中");

		page.locator("#institutionName").fill("（架空）みほん訪問看護ステーション");
		page.locator("#reason").fill("（架空）訪問看護の利用について");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("紹介を記録する")).click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("同意");
		page.getByLabel("本人・家族の同意を確認した").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("紹介を記録する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("紹介を記録しました。");
		assertThat(page.locator("#referrals + .table-wrap")).containsText("（架空）みほん訪問看護ステーション");
		assertThat(page.locator("#next-contact-due")).not().containsText("期限超過");
		assertAccessible();

		// Two days pass: the next contact (due tomorrow) is now overdue.
		clock.advance(Duration.ofDays(2));
		context.clearCookies();
		loginAs("director");
		page.navigate("/");
		// The home screen lists the 20 longest overdue; all of them are one link away, filtered by title here.
		assertThat(page.locator("#work-overdue + ul li").first()).containsText("期限超過");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("期限超過のケースをすべて見る")).click();
		page.locator("#q").fill("（架空）ブラウザ試験のケース相談");
		page.locator("#q").press("Enter");
		Locator overdue = page.locator("#results tbody tr").filter(new Locator.FilterOptions()
			.setHasText("（架空）ブラウザ試験のケース相談"));
		assertThat(overdue).hasCount(1);
		assertThat(overdue).containsText("期限超過");
		overdue.getByRole(AriaRole.LINK).first().click();
		assertThat(page).hasURL(caseUrl);
		assertThat(page.locator("main")).containsText("期限超過");
	}

	@Test
	void consultantLinksTheChildWithThePickerAndFindsTheCaseByItsContact() {
		loginAs("consultant");
		page.navigate("/consultations/new");
		page.locator("#consulterType").selectOption("FAMILY");
		page.locator("#municipalityCode").selectOption("202029");
		page.locator("#childId-query").focus();
		page.keyboard().type("みほん");
		Locator firstChoice = page.locator("[data-child-choice]").first();
		assertThat(firstChoice).isVisible();
		assertAccessible();
		page.keyboard().press("Tab");
		assertThat(firstChoice).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("#childId")).hasValue(Pattern.compile("[0-9a-f-]{36}"));
		assertThat(page.locator("#childId-chosen")).containsText("選んだ児童：見本");
		assertThat(page.locator("input[data-link-when-chosen]")).isChecked();
		page.getByLabel("療養").check();
		page.locator("#content").fill("（架空）ピッカー試験の相談");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("相談を記録しました。");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ケースにする・開く")).click();
		page.locator("#nextContactDue").press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("ケースにしました。");
		recordContact("（架空）みほん短期入所", "（架空）ピッカー試験：短期入所の空きを確認した");

		page.navigate("/consultations/search?target=CASES");
		page.locator("#q").fill("ピッカー試験 たんきにゅうしょ");
		page.locator("#q").press("Enter");
		Locator hit = page.locator("#results tbody tr").filter(new Locator.FilterOptions().setHasText("ピッカー試験"));
		assertThat(hit).hasCount(1);
		assertThat(hit.locator("mark").first()).hasText("ピッカー試験");
		assertAccessible();
	}

	@Test
	void aHealthOfficeSeesOnlyItsOwnRegionsCases() {
		loginAs("office-07");
		page.navigate("/consultations/cases");
		assertThat(page.locator("h1")).hasText("相談ケース");
		Locator regions = page.locator("#results tbody tr td:nth-child(3)");
		assertThat(regions.first()).hasText("松本");
		for (String region : regions.allTextContents()) {
			org.assertj.core.api.Assertions.assertThat(region).isEqualTo("松本");
		}
		assertAccessible();
	}

	private void recordContact(String counterpart, String content) {
		page.locator("#counterpart").fill(counterpart);
		page.locator("#content").fill(content);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("対応記録を保存する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("対応記録を追加しました。");
	}
}

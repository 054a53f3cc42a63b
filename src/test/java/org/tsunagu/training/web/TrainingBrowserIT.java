package org.tsunagu.training.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * The journey of the issue: someone applies for the coordinator course on the public site, a clerk accepts,
 * takes attendance for every session, the completion follows, the 修了証 PDF holds the name and number, and
 * the graduate is in the roster and is added to the coordinator roster.
 */
class TrainingBrowserIT extends BrowserTestSupport {

	private static final String NAME = "試走 一葉";

	@BeforeEach
	void allowForABusyMachine() {
		// Several suites share two cores: a form post with its mail and audit can take longer than 5 s.
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
	}

	@Test
	void anApplicantCompletesTheCoordinatorCourseAndJoinsTheCoordinatorRoster() throws IOException {
		page.navigate("/public/trainings");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("令和8年度 医療的ケア児等コーディネーター養成研修")).click();
		assertAccessible();
		page.locator("#name").fill(NAME);
		page.locator("#kana").fill("しそう かずは");
		page.locator("#birthDate").fill("1984-05-06");
		page.locator("#organisation").fill("（架空）みほん相談支援センター");
		page.locator("#organisationKind").selectOption("CONSULTATION_SUPPORT");
		page.locator("#job").fill("相談支援専門員");
		page.locator("#municipalityCode").selectOption("202029");
		page.locator("#email").fill("shisou@example.invalid");
		page.locator("#recommendedBy").fill("（架空）松本市");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申し込む")).click();
		assertThat(page.locator("#prerequisiteNote-error")).isVisible();
		assertAccessible();
		page.locator("#prerequisiteNote").fill("（架空）令和5年度 他県の支援者養成研修を修了");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("申し込む")).click();
		page.waitForLoadState();
		org.assertj.core.api.Assertions.assertThat(page.url()).as(page.locator("main").innerText()).endsWith("/applied");
		assertThat(page.locator("h1")).hasText("お申込みを受け付けました");
		String reference = page.locator("#reference-number").textContent();
		assertThat(reference).startsWith("TR");
		assertAccessible();

		loginAs("clerk");
		page.navigate("/trainings");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("令和8年度 医療的ケア児等コーディネーター養成研修")).click();
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(NAME)).click();
		assertThat(page.locator("main")).containsText(reference);
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("受講決定にする")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("受講決定にしました。");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("令和8年度 医療的ケア児等コーディネーター養成研修")).click();
		Locator attendanceLinks = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("の出欠をとる"));
		int sessions = attendanceLinks.count();
		assertThat(sessions).isEqualTo(3);
		String offeringUrl = page.url();
		for (int i = 0; i < sessions; i++) {
			page.navigate(offeringUrl);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("の出欠をとる")).nth(i).click();
			if (i == 0) {
				assertAccessible();
			}
			page.locator("tr", new Page.LocatorOptions().setHasText(NAME)).getByLabel("出席", new Locator.GetByLabelOptions().setExact(true)).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("出欠を保存する")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("出欠を保存し、修了を判定しました。");
		}
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(NAME))).containsText("修了");

		page.navigate(offeringUrl);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(NAME)).click();
		assertThat(page.locator("main")).containsText("修了（令和");
		Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("修了証（PDF）")).click());
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains(NAME).containsPattern("TC\\d{4}-\\d{4}");
		}
		page.reload();
		String number = page.locator("dd").filter(new Locator.FilterOptions().setHasText("TC")).first().textContent();

		page.navigate("/trainings/roster");
		page.locator("#q").fill("しそう");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索する")).click();
		assertThat(page.locator("#results tbody tr")).hasCount(1);
		assertThat(page.locator("#results")).containsText(number.strip());
		assertAccessible();
		page.locator("#results").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("令和8年度 医療的ケア児等コーディネーター養成研修")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("コーディネーター名簿に追加する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("コーディネーター名簿に追加しました。");
		assertThat(page.locator("main")).containsText("コーディネーター名簿に追加済み");
	}
}

package org.tsunagu.council.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * The 松本 health office schedules its 圏域会議, sends the notice (PDF and .ics), records attendance and
 * minutes and raises a 地域課題; the prefecture finds it proposed for the 全県会議's next meeting, puts it on
 * the agenda and answers; the 松本 office reads the answer. Another 圏域's council stays closed to 松本.
 */
class CouncilBrowserIT extends BrowserTestSupport {

	static final String ISSUE = "試験 医療的ケア児の通学支援が圏域で足りない";

	static final String ANSWER = "（試験）県で通学支援の広域調整を検討します。";

	@Test
	void regionRaisesAnIssueThatThePrefectureAnswersOnThePrefectureWideAgenda() throws IOException {
		loginAs("office-07");
		page.navigate("/councils");
		assertThat(page.locator("h1")).hasText("会議");
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("松本圏域 医療的ケア児等支援連携推進会議").setExact(true)).click();
		String councilUrl = page.url();
		assertAccessible();

		scheduleMeeting();
		checkNotice();
		recordAttendanceAndMinutes();

		page.navigate(councilUrl);
		page.getByLabel("課題").fill(ISSUE);
		page.getByLabel("内容").fill("（試験）医療的ケアのある子の通学に付き添う看護師が圏域内で確保できない。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提起する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("地域課題を提起しました");
		assertThat(page.locator("#issues + .table-wrap")).containsText(ISSUE);

		answerAsPrefecture();

		logout();
		loginAs("office-07");
		page.navigate(councilUrl);
		Locator issue = page.locator("tr", new Page.LocatorOptions().setHasText(ISSUE));
		assertThat(issue).containsText("回答済み");
		assertThat(issue).containsText(ANSWER);
		assertAccessible();
	}

	@Test
	void aHealthOfficeCannotOpenAnotherRegionsCouncil() {
		loginAs("director");
		page.navigate("/councils");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("長野圏域 医療的ケア児等支援連携推進会議").setExact(true)).click();
		String nagano = page.url();
		logout();

		loginAs("office-07");
		Response response = page.navigate(nagano);
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void thePublicSiteListsPublishedMeetingSummariesWithoutLogin() {
		page.navigate("/public");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("会議の開催概要").setExact(true)).first().click();
		assertThat(page.locator("h1")).hasText("会議の開催概要");
		assertThat(page.locator("main")).containsText("（見本）医療的ケア児等の状況と支援に向けた取組について意見交換を行いました。");
		assertThat(page.locator("main")).not().containsText("議事録（見本）");
		assertAccessible();
	}

	private void scheduleMeeting() {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("開催を予定する")).click();
		assertAccessible();
		page.getByLabel("会議の名称（回次）").fill("試験 第3回 松本圏域会議");
		page.getByLabel("開催日").fill(JapaneseDates.today().plusDays(21).toString());
		page.getByLabel("開始時刻").fill("14:00");
		page.getByLabel("終了時刻").fill("16:00");
		page.getByLabel("場所", new Page.GetByLabelOptions().setExact(true)).fill("松本保健福祉事務所 会議室（試験）");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();
		assertThat(page.locator("h1")).hasText("試験 第3回 松本圏域会議");

		page.locator("#title").fill("試験 通学支援の状況");
		page.getByLabel("会議事項").selectOption("a");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("議題を追加する")).click();
		assertThat(page.locator("ul.agenda")).containsText("試験 通学支援の状況");
		assertAccessible();
	}

	private void checkNotice() throws IOException {
		Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("開催通知（PDF）")).click());
		assertThat(pdf.suggestedFilename()).endsWith("開催通知.pdf");
		assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		Download ics = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("予定表に追加（.ics）")).click());
		String calendar = Files.readString(ics.path(), StandardCharsets.UTF_8).replace("\r\n ", "");
		assertThat(calendar).contains("BEGIN:VEVENT", "TZID=Asia/Tokyo", "SUMMARY:試験 第3回 松本圏域会議",
				"LOCATION:松本保健福祉事務所 会議室（試験）");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("開催通知を送付済みにする")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("開催通知を送付済みにしました。");
	}

	private void recordAttendanceAndMinutes() {
		Locator rows = page.locator("#attendance + form tbody tr");
		rows.nth(0).locator("select").selectOption("PRESENT");
		rows.nth(1).locator("select").selectOption("PROXY");
		rows.nth(1).locator("input[type=text]").fill("試験 代理");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("出欠を保存する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("出欠を保存しました。");
		assertThat(page.locator("#attendance + form tbody tr").nth(1).locator("input[type=text]")).hasValue("試験 代理");

		page.getByLabel("議事録（下書き）").fill("（試験）通学支援の状況を共有した。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下書きを保存する")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認済みにする")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("承認する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("議事録を承認しました。");
		assertThat(page.locator("#minutes ~ p").first()).containsText("承認済み");
		assertAccessible();
	}

	private void answerAsPrefecture() {
		logout();
		loginAs("prefecture");
		page.navigate("/councils");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("医療的ケア児等支援連携推進会議（全県会議）").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("第2回")).click();
		Locator proposal = page.locator("#proposals + .table-wrap tr", new Page.LocatorOptions().setHasText(ISSUE));
		assertThat(proposal).containsText("松本圏域");
		assertAccessible();
		proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("この会議の議題にする")).click();
		assertThat(page.locator("ul.agenda")).containsText(ISSUE);

		page.getByLabel("県の回答").fill(ANSWER);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("回答を記録する")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("回答を記録しました");
		assertThat(page.locator("main")).containsText(ANSWER);
	}

	private void logout() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
		page.waitForURL(url -> url.contains("/login"));
	}
}

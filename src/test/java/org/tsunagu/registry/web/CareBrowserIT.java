package org.tsunagu.registry.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildRegistryIT;
import org.tsunagu.testsupport.BrowserTestSupport;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A nurse records a child's 医療的ケア判定スコア from the physician's form, sees the score and 区分 follow each
 * change before saving, and prints the 緊急時情報シート that shows the care items.
 */
class CareBrowserIT extends BrowserTestSupport {

	@Autowired
	ChildManagement children;

	@Test
	void nurseRecordsAnAssessmentWithALiveScoreAndPrintsTheEmergencySheet() throws IOException {
		ChildDetails child = firstChildOf("木曽");
		loginAs("nurse");
		page.navigate("/children/" + child.id() + "/care/new");
		assertAccessible();

		// Today, so that it is the latest assessment (the demo data has older ones).
		page.locator("#assessedOn").fill(org.tsunagu.shared.JapaneseDates.today().toString());
		page.locator("#care-0-selected").check();
		page.locator("#care-0-HIGH").check();
		assertThat(page.locator("#care-score")).containsText("12点");
		page.locator("#care-1-selected").check();
		page.locator("#care-1-HIGH").check();
		assertThat(page.locator("#care-score")).containsText("20点");
		page.locator("#care-4-selected").check();
		page.locator("#care-4-HIGH").check();
		assertThat(page.locator("#care-score")).containsText("29点");
		assertThat(page.locator("#care-score")).containsText("区分2（16点以上）");
		page.locator("#device-0-kind").selectOption("VENTILATOR");
		page.locator("#device-0-model").fill("架空ベンチレーター V1");
		page.locator("#device-0-batteryHours").fill("6");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("判定を記録する")).click();

		assertThat(page.locator("main")).containsText("29点");
		assertThat(page.locator("main")).containsText("人工呼吸器の管理");
		assertAccessible();

		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("児童の情報"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("緊急時情報"))
			.click();
		assertAccessible();
		Download download = page.waitForDownload(() -> page.locator("a[href$='emergency-sheet.pdf']").click());
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			String text = new PDFTextStripper().getText(pdf);
			org.assertj.core.api.Assertions.assertThat(text)
				.contains("緊急時情報シート", child.familyName(), "人工呼吸器の管理", "架空ベンチレーター");
		}
	}

	private ChildDetails firstChildOf(String region) {
		ChildDetails[] child = new ChildDetails[1];
		ChildRegistryIT.WithUser.run(Role.CONSULTANT, null, () -> {
			UUID id = children.search(new ChildFilter(null, region, null, null, null, null, null), Pageable.ofSize(1))
				.getContent()
				.get(0)
				.id();
			child[0] = children.get(id);
		});
		return child[0];
	}
}

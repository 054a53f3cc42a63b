package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Which files a case accepts: office and image types by extension, not empty, at most 5 MB, and never a type
 * a browser would run.
 */
class CaseDocumentRulesTests {

	@Test
	void storesTheTypeOfTheExtensionWhateverTheBrowserClaimed() {
		assertThat(CaseDocumentRules.checkedType("診断書.PDF", new byte[] { 1 })).isEqualTo("application/pdf");
		assertThat(CaseDocumentRules.checkedType("写真.jpeg", new byte[] { 1 })).isEqualTo("image/jpeg");
	}

	@Test
	void refusesScriptsEmptyAndOversizedFiles() {
		assertThatThrownBy(() -> CaseDocumentRules.checkedType("page.html", new byte[] { 1 }))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CaseDocumentRules.checkedType("image.svg", new byte[] { 1 }))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CaseDocumentRules.checkedType("memo.txt", new byte[0]))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> CaseDocumentRules.checkedType("big.pdf", new byte[(int) CaseDocumentRules.MAX_BYTES + 1]))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void dropsPathsAndControlCharactersFromTheName() {
		assertThat(CaseDocumentRules.safeName("C:\\Users\\見本\\資料.pdf")).isEqualTo("資料.pdf");
		assertThat(CaseDocumentRules.safeName("../../etc/\"a\"\n.txt")).isEqualTo("_a__.txt");
	}
}

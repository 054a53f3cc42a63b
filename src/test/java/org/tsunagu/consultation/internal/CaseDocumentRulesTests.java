package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Which files a case accepts: office and image types by extension and first bytes, not empty, at most 5 MB,
 * and never a type a browser would run.
 */
class CaseDocumentRulesTests {

	static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };

	@Test
	void storesTheTypeOfTheExtensionWhateverTheBrowserClaimed() {
		assertThat(CaseDocumentRules.checkedType("診断書.PDF", PDF)).isEqualTo("application/pdf");
		assertThat(CaseDocumentRules.checkedType("写真.jpeg", JPEG)).isEqualTo("image/jpeg");
		assertThat(CaseDocumentRules.checkedType("メモ.txt", "経過メモ".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("text/plain");
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

	/** A page or program renamed to an accepted extension is refused by its content. */
	@ParameterizedTest
	@ValueSource(strings = { "invoice.pdf", "photo.png", "photo.jpg", "report.docx", "list.xlsx", "memo.txt",
			"list.csv" })
	void refusesHtmlRenamedToAnAcceptedExtension(String name) {
		byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> CaseDocumentRules.checkedType(name, page)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesABinaryCalledText() {
		assertThatThrownBy(() -> CaseDocumentRules.checkedType("memo.txt", new byte[] { 'M', 'Z', 0, 0 }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void dropsPathsAndControlCharactersFromTheName() {
		assertThat(CaseDocumentRules.safeName("C:\\Users\\見本\\資料.pdf")).isEqualTo("資料.pdf");
		assertThat(CaseDocumentRules.safeName("../../etc/\"a\"\n.txt")).isEqualTo("_a__.txt");
		assertThat(CaseDocumentRules.safeName("..%2f..%2fetc%2fpasswd.txt")).isEqualTo("..%2f..%2fetc%2fpasswd.txt");
	}
}

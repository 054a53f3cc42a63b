package org.tsunagu.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tsunagu.council.InvalidMaterialException;

class MaterialTypeTests {

	static final byte[] PDF = "%PDF-1.7 見本".getBytes(StandardCharsets.UTF_8);

	@Test
	void acceptsAPdfAndServesItAsPdfWhateverTheBrowserSaid() {
		MaterialType.Checked checked = MaterialType.check("資料1_状況報告.PDF", PDF);

		assertThat(checked.contentType()).isEqualTo("application/pdf");
		assertThat(checked.fileName()).isEqualTo("資料1_状況報告.PDF");
		assertThat(checked.size()).isEqualTo(PDF.length);
	}

	@Test
	void refusesAFileWhoseContentIsNotWhatItsNameSays() {
		assertThatThrownBy(() -> MaterialType.check("資料.pdf", "<html><script>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidMaterialException.class)
			.extracting(e -> ((InvalidMaterialException) e).getMessageKey())
			.isEqualTo("council.material.type");
		assertThatThrownBy(() -> MaterialType.check("メモ.txt", "<svg onload=x>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidMaterialException.class);
	}

	@Test
	void refusesTypesThatAreNotAllowed() {
		assertThatThrownBy(() -> MaterialType.check("page.html", "<p>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidMaterialException.class);
		assertThatThrownBy(() -> MaterialType.check("setup.exe", new byte[] { 'M', 'Z' }))
			.isInstanceOf(InvalidMaterialException.class);
	}

	@Test
	void refusesEmptyAndTooLargeFiles() {
		assertThatThrownBy(() -> MaterialType.check("資料.pdf", new byte[0])).isInstanceOf(InvalidMaterialException.class)
			.extracting(e -> ((InvalidMaterialException) e).getMessageKey())
			.isEqualTo("council.material.empty");
		byte[] large = new byte[(int) MaterialType.MAX_BYTES + 1];
		System.arraycopy(PDF, 0, large, 0, 4);
		assertThatThrownBy(() -> MaterialType.check("資料.pdf", large)).isInstanceOf(InvalidMaterialException.class)
			.extracting(e -> ((InvalidMaterialException) e).getMessageKey())
			.isEqualTo("council.material.tooLarge");
	}

	@Test
	void keepsOnlyTheLastPathSegmentWithoutQuotesOrControlCharacters() {
		assertThat(MaterialType.safeName("C:\\Users\\見本\\資料\".pdf")).isEqualTo("資料.pdf");
		assertThat(MaterialType.safeName("../../etc/報告\r\n.csv")).isEqualTo("報告.csv");
		assertThatThrownBy(() -> MaterialType.safeName("dir/.hidden")).isInstanceOf(InvalidMaterialException.class);
	}
}

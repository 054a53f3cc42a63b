package org.tsunagu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever is uploaded, reading it either gives a table or refuses it with IllegalArgumentException (shown as
 * a Japanese error, HTTP 400) — never another exception, which would be a 500 and a stack trace in the log.
 */
class TabularFilePropertiesTests {

	@Property(tries = 300)
	void randomBytesAreReadOrRefusedAsBadInput(@ForAll @Size(max = 2000) byte[] content,
			@ForAll("filenames") String filename) {
		assertReadOrRefused(filename, content);
	}

	@Property(tries = 300)
	void randomTextInAnyEncodingIsReadOrRefusedAsBadInput(@ForAll("csvText") String text,
			@ForAll("charsets") Charset charset) {
		assertReadOrRefused("fuzz.csv", text.getBytes(charset));
	}

	@Property(tries = 100)
	void aCorruptedWorkbookIsRefusedAsBadInput(@ForAll("corruptions") int position, @ForAll byte value)
			throws IOException {
		byte[] workbook = zip("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
		workbook[Math.floorMod(position, workbook.length)] = value;

		assertReadOrRefused("fuzz.xlsx", workbook);
	}

	@Test
	void refusesAZipBombWorkbookWithoutInflatingIt() throws IOException {
		// 4 MB of one repeated byte compresses about 1000:1, far beyond POI's minimum inflate ratio (0.01).
		byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[4 * 1024 * 1024]);
		assertThat(bomb.length).isLessThan(TabularFile.MAX_BYTES);

		assertThatThrownBy(() -> TabularFile.read("bomb.xlsx", bomb)).isInstanceOf(IllegalArgumentException.class)
			.hasStackTraceContaining("Zip bomb");
	}

	@Test
	void refusesAFileOverTheLimitBeforeReadingIt() {
		assertThatThrownBy(() -> TabularFile.read("big.csv", new byte[TabularFile.MAX_BYTES + 1]))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("larger");
	}

	@Test
	void refusesAnUnclosedQuoteAsBadInput() {
		assertThatThrownBy(() -> TabularFile.read("quote.csv", "名称,種別\r\n\"閉じない,保育所\r\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static void assertReadOrRefused(String filename, byte[] content) {
		try {
			TabularFile table = TabularFile.read(filename, content);
			assertThat(table.rows()).allSatisfy(row -> assertThat(row).hasSizeGreaterThanOrEqualTo(table.header().size()));
		}
		catch (IllegalArgumentException refused) {
			assertThat(refused).hasMessageNotContaining("\n\tat ");
		}
		catch (IOException | RuntimeException unexpected) {
			throw new AssertionError("Not refused as bad input: " + unexpected, unexpected);
		}
	}

	@Provide
	Arbitrary<String> filenames() {
		return Arbitraries.of("a.csv", "a.xlsx", "a.xls", "A.XLSX", "a.txt", "noextension", ".csv");
	}

	@Provide
	Arbitrary<String> csvText() {
		Arbitrary<Character> special = Arbitraries.of('"', ',', '\r', '\n', '\u3000', '\uFEFF', '\u0000', 'ｱ', '髙',
				'𠮷', '\\');
		return Arbitraries.oneOf(special, Arbitraries.chars().all()).list().ofMaxSize(300)
			.map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
	}

	@Provide
	Arbitrary<Charset> charsets() {
		return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"), StandardCharsets.UTF_16,
				StandardCharsets.ISO_8859_1, Charset.forName("EUC-JP"));
	}

	@Provide
	Arbitrary<Integer> corruptions() {
		return Arbitraries.integers().between(0, 400);
	}

	private static byte[] zip(String entry, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}

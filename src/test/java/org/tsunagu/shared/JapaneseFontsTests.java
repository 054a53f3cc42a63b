package org.tsunagu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class JapaneseFontsTests {

	@Test
	void eachDocumentEmbedsItsOwnSubsetOfTheBundledFontAndTheTextReadsBack() throws Exception {
		byte[] first = document("医療的ケア児等支援センター", false);
		byte[] second = document("緊急時情報　人工呼吸器", true);

		assertThat(text(first)).contains("医療的ケア児等支援センター");
		assertThat(text(second)).contains("緊急時情報").contains("人工呼吸器");
		// A subset of a few glyphs, not the 9 MB font.
		assertThat(first.length).isLessThan(100_000);
		assertThat(second.length).isLessThan(100_000);
	}

	@Test
	void theRegularAndBoldFacesAreTheBundledBizUdpGothic() throws Exception {
		try (PDDocument document = new PDDocument(); JapaneseFonts fonts = JapaneseFonts.borrow()) {
			assertThat(fonts.regular(document).getName()).contains("BIZUDPGothic").doesNotContain("Bold");
			assertThat(fonts.bold(document).getName()).contains("BIZUDPGothic-Bold");
		}
	}

	@Test
	void facesGivenBackServeTheNextDocumentWhoseSubsetHoldsOnlyItsOwnText() throws Exception {
		byte[] long1 = document("医療的ケア児等支援センター人工呼吸器経管栄養喀痰吸引", false);
		int idle = JapaneseFonts.idle();
		assertThat(idle).isPositive();

		byte[] short1 = document("架空", false);

		assertThat(JapaneseFonts.idle()).isEqualTo(idle);
		assertThat(text(short1)).contains("架空").doesNotContain("医療");
		assertThat(short1.length).isLessThan(long1.length);
	}

	@Test
	void documentsMadeAtTheSameTimeEachGetTheirOwnFaces() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> made = new ArrayList<>();
			for (int i = 0; i < 48; i++) {
				String line = "第" + i + "号　緊急時情報シート　人工呼吸器　胃ろう　" + "架空".repeat(i % 5 + 1);
				boolean bold = i % 2 == 0;
				made.add(threads.submit((Callable<String>) () -> text(document(line, bold)).strip() + "|" + line));
			}
			for (Future<String> one : made) {
				String[] readAndWritten = one.get().split("\\|");
				assertThat(readAndWritten[0]).isEqualTo(readAndWritten[1]);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(JapaneseFonts.idle()).isBetween(1, JapaneseFonts.KEPT);
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument read = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(read);
		}
	}

	private static byte[] document(String text, boolean bold) throws Exception {
		try (PDDocument document = new PDDocument(); JapaneseFonts fonts = JapaneseFonts.borrow();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType0Font font = bold ? fonts.bold(document) : fonts.regular(document);
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 12);
				content.newLineAtOffset(50, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}

package org.tsunagu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

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

		try (PDDocument read = Loader.loadPDF(first)) {
			assertThat(new PDFTextStripper().getText(read)).contains("医療的ケア児等支援センター");
		}
		try (PDDocument read = Loader.loadPDF(second)) {
			assertThat(new PDFTextStripper().getText(read)).contains("緊急時情報").contains("人工呼吸器");
		}
	}

	@Test
	void theRegularAndBoldFacesAreTheBundledBizUdpGothic() throws Exception {
		try (PDDocument document = new PDDocument()) {
			assertThat(JapaneseFonts.regular(document).getName()).contains("BIZUDPGothic").doesNotContain("Bold");
			assertThat(JapaneseFonts.bold(document).getName()).contains("BIZUDPGothic-Bold");
		}
	}

	private static byte[] document(String text, boolean bold) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType0Font font = bold ? JapaneseFonts.bold(document) : JapaneseFonts.regular(document);
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

package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.shared.JapaneseDates;

class EmergencySheetPdfTests {

	final EmergencySheetComposer composer = new EmergencySheetComposer(new JapaneseDates(), messages());

	final EmergencySheetPdf pdf = new EmergencySheetPdf();

	@Test
	void printsTheChildAndTheCareItemsOnOneA4PageInJapanese() throws IOException {
		byte[] bytes = render(EmergencySheetFixtures.info(), 3);

		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("緊急時情報シート", "第3版", "見本 花子", "ミホン ハナコ", "人工呼吸器の管理",
					"経管栄養（胃ろう）", "PEEP 5", "卵（じんましん）", "SpO2 95〜98%", "架空 一郎", "MEIS登録", "あり",
					"090-0000-0000（第一連絡先）", "2019年4月2日（平成31年4月2日）");
			assertThat(text.indexOf("見本 桜")).isLessThan(text.indexOf("見本 次郎"));
		}
	}

	@Test
	void embedsTheJapaneseFontAsASubset() throws IOException {
		try (PDDocument document = Loader.loadPDF(render(EmergencySheetFixtures.info(), 1))) {
			PDPage page = document.getPage(0);
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font).isInstanceOf(PDType0Font.class);
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+BIZUDPGothic.*");
			}
			assertThat(page.getResources().getFontNames()).hasSize(2);
		}
	}

	@Test
	void saysSoWhenNoCareAssessmentIsRegistered() throws IOException {
		byte[] bytes = pdf.render(composer.compose(EmergencySheetFixtures.child(), Optional.empty(),
				EmergencyInfoInput.empty(), 1, Instant.parse("2026-01-05T00:30:00Z")));

		assertThat(text(bytes)).contains("医療的ケア", "登録なし", "2026年1月5日 9:30");
	}

	@Test
	void cutsContentThatDoesNotFitWithAPointerToTheRegistry() throws IOException {
		String long_ = "とても長い指示の文章です。".repeat(400);
		EmergencyInfoInput info = new EmergencyInfoInput(long_, long_, null, null, null, null, null, long_, long_,
				long_);

		try (PDDocument document = Loader.loadPDF(render(info, 2))) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(EmergencySheetTable.CONTINUED, "家族の連絡先", "見本 桜");
		}
	}

	@Test
	void marksCharactersTheFontCannotShow() throws IOException {
		EmergencyInfoInput info = new EmergencyInfoInput("薬\u0000\tA\uD83D\uDE00", null, null, null, null, null,
				null, null, null, null);

		assertThat(text(render(info, 1))).contains("薬 A" + PdfCanvas.MISSING_GLYPH);
	}

	private byte[] render(EmergencyInfoInput info, int version) throws IOException {
		byte[] bytes = pdf.render(composer.compose(EmergencySheetFixtures.child(),
				Optional.of(EmergencySheetFixtures.care()), info, version, Instant.parse("2026-01-05T00:30:00Z")));
		// Kept for a look with pdftoppm; the build directory is thrown away.
		Path out = Path.of("target", "emergency-sheet-test-v" + version + ".pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, bytes);
		return bytes;
	}

	private static String text(byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("registry.careClass.CLASS_2", java.util.Locale.JAPANESE, "区分2");
		return messages;
	}
}

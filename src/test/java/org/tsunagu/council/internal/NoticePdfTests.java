package org.tsunagu.council.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class NoticePdfTests {

	@Test
	void printsTheNoticeAsAOnePageLetterWithDateSenderAndAgenda() throws IOException {
		byte[] pdf = NoticePdf.render(new NoticeLetter("令和8年12月1日", "松本圏域会議 構成員 各位", "松本保健福祉事務所長",
				"（見本）第2回 松本圏域会議の開催について（通知）", "令和8年12月10日（木）14:00〜16:00", "松本保健福祉事務所 会議室",
				List.of("(1) 短期入所の状況について（会議事項 a）")));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("令和8年12月1日", "松本保健福祉事務所長", "開催について（通知）", "記",
					"令和8年12月10日（木）14:00〜16:00", "短期入所の状況について", "以上");
		}
	}
}

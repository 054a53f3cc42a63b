package org.tsunagu.privacy.internal;

import org.springframework.stereotype.Component;
import org.tsunagu.privacy.AccessLogEntry;
import org.tsunagu.privacy.Disclosure;
import org.tsunagu.shared.ChildDataRecord;
import org.tsunagu.shared.JapaneseDates;

/**
 * The disclosure as a PDF a family can read: a cover with who asked for it and when, every section with its
 * records (a section without records says so), then the 閲覧記録.
 */
@Component
class DisclosurePdf {

	static final String TITLE = "保有個人データの開示";

	private static final JapaneseDates DATES = new JapaneseDates();

	byte[] render(Disclosure disclosure) {
		try (PdfWriter pdf = new PdfWriter(TITLE + "（" + disclosure.childName() + "）")) {
			pdf.heading(TITLE + "：" + disclosure.childName(), 16f);
			pdf.text("作成日時：" + DATES.dateTime(disclosure.generatedAt()) + "　作成者：" + disclosure.generatedBy(), 9f, 0);
			pdf.text("児童ID：" + disclosure.childId(), 9f, 0);
			pdf.text("医療的ケア児等支援センターの業務システム（Tsunagu）が保有する、この児童に関する情報のすべてです。", 9f, 0);
			for (Disclosure.Section section : disclosure.sections()) {
				pdf.space(8f);
				pdf.heading(section.title(), 13f);
				if (section.records().isEmpty()) {
					pdf.text("記録はありません。", 9.5f, 8f);
				}
				section.records().forEach(record -> record(pdf, record));
			}
			pdf.space(8f);
			pdf.heading("閲覧記録（誰がいつ閲覧・変更したか）", 13f);
			if (disclosure.accessLog().isEmpty()) {
				pdf.text("記録はありません。", 9.5f, 8f);
			}
			disclosure.accessLog().forEach(entry -> pdf.text(line(entry), 8.5f, 8f));
			return pdf.finish();
		}
	}

	private static void record(PdfWriter pdf, ChildDataRecord record) {
		pdf.space(3f);
		pdf.heading(record.heading(), 10.5f);
		record.fields().forEach(field -> pdf.text(field.label() + "：" + field.value(), 9.5f, 8f));
	}

	private static String line(AccessLogEntry entry) {
		return DATES.dateTime(entry.occurredAt()) + "　" + entry.actor() + "　" + action(entry.action()) + "　"
				+ entry.targetType() + (entry.detail() == null ? "" : "　" + entry.detail());
	}

	private static String action(String action) {
		return switch (action) {
			case "READ" -> "閲覧";
			case "CREATE" -> "作成";
			case "UPDATE" -> "更新";
			case "DELETE" -> "削除";
			case "EXPORT" -> "出力";
			default -> action;
		};
	}
}

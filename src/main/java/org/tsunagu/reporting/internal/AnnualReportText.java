package org.tsunagu.reporting.internal;

import org.tsunagu.reporting.Dashboard;

/**
 * The fixed wording of the annual report, shared by the workbook and the PDF so both read the same.
 */
final class AnnualReportText {

	static final String TITLE = "医療的ケア児等支援センター 事業実績報告";

	static final String MISSING = "データ未整備";

	static final String TOTAL = "合計";

	private AnnualReportText() {
	}

	static String yearLine(Dashboard report) {
		return "対象年度: " + report.year().label() + "（" + report.year().start() + " 〜 " + report.year().end() + "）";
	}

	static String scopeLine(Dashboard report) {
		return "対象圏域: " + (report.region() == null ? "全圏域" : report.region());
	}

	static String referenceLine(Dashboard report) {
		return "児童台帳の基準日: " + report.referenceDay() + "（年齢はこの日現在、状態は出力時点の台帳による）";
	}
}

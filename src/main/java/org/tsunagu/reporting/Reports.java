package org.tsunagu.reporting;

import org.jspecify.annotations.Nullable;

/**
 * 統計・報告: dashboards and the annual report. Every method checks the caller's role (the 統計・報告 area)
 * and 圏域 on the server: a 保健福祉事務所 gets its own 圏域 whatever it asks for, and another 圏域 by name
 * is refused. Downloads are written to the audit log.
 */
public interface Reports {

	/** The figures of a 年度 and 圏域 (null: all the caller may see). */
	Dashboard dashboard(FiscalYear year, @Nullable String region);

	/** The 事業実績報告 of a 年度 as an Excel workbook (one sheet per table, A4). */
	byte[] annualWorkbook(FiscalYear year, @Nullable String region);

	/** The 事業実績報告 of a 年度 as a PDF with text tables. */
	byte[] annualPdf(FiscalYear year, @Nullable String region);
}

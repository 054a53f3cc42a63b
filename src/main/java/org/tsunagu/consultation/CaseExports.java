package org.tsunagu.consultation;

import java.util.UUID;

/**
 * Records to hand over: a case summary PDF and an Excel list of filtered cases. Only the センター長, 相談員 and
 * 看護師 may export; every export is written to the audit log.
 */
public interface CaseExports {

	/** A PDF with the case, its consultation, timeline, tasks and referrals. */
	byte[] summaryPdf(UUID caseId);

	/** An .xlsx with one row per case the caller may see that matches the filter (at most 5,000 rows). */
	byte[] spreadsheet(CaseFilter filter);
}

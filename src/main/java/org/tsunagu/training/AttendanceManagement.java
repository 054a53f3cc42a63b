package org.tsunagu.training;

import java.util.List;
import java.util.UUID;

/**
 * Attendance per session, completion computed from it, and the 修了証: a unique number issued once, a PDF
 * per person and one for a whole offering, and a public check of a number.
 */
public interface AttendanceManagement {

	AttendanceSheet sheet(UUID sessionId);

	/** Records the attendance of a session; each row carries its application's version. */
	void record(UUID sessionId, List<AttendanceInput> rows);

	/** Issues certificate numbers to every completed participant who has none yet; answers how many. */
	int issueCertificates(UUID offeringId);

	/** The 修了証 of one participant (issued first when completed and not yet issued). */
	PdfFile certificate(UUID applicationId);

	/** All 修了証 of an offering in one PDF, one page each. */
	PdfFile certificates(UUID offeringId);

	/** Public: whether a certificate number is genuine, with the course and date only. */
	CertificateCheck verify(String number);
}

package org.tsunagu.information;

import java.util.List;
import java.util.UUID;

/**
 * Regional surveys (地域状況の把握): staff of 情報発信 write a survey, open it — one unguessable link per
 * municipality, expiring at the deadline — remind those who have not answered, follow the status board and
 * read the results by 圏域 or as an Excel workbook. Changes and exports are audited.
 */
public interface SurveyManagement {

	/** Writes a survey in 準備中. */
	UUID create(SurveyInput input);

	/** Changes a survey still in 準備中. */
	void update(UUID id, long version, SurveyInput input);

	/** One survey. */
	SurveyDetails get(UUID id);

	/** All surveys, newest deadline first. */
	List<SurveyDetails> list();

	/**
	 * Opens the survey to every active municipality and answers their links, once: only hashes are kept.
	 * Municipalities with an address in {@code contacts} (市町村コード or name → mail) get theirs by mail.
	 */
	List<IssuedLink> open(UUID id, long version, java.util.Map<String, String> contacts);

	/** A new link for one respondent; the old one stops working. */
	IssuedLink reissue(UUID id, UUID respondentId);

	/**
	 * Reminds those who have not answered: with a mail address they get a mail with a new link, the others
	 * are marked reminded for staff to call. Answers how many were reminded.
	 */
	List<IssuedLink> remind(UUID id);

	/** Closes the survey early (it also closes by itself at the deadline). */
	void close(UUID id, long version);

	/** The status board: every respondent, by 圏域. */
	List<RespondentStatus> board(UUID id);

	/** The results by 圏域. */
	SurveyResults results(UUID id);

	/** The results and every answer as an Excel workbook (.xlsx); audited as an export. */
	byte[] exportExcel(UUID id);
}

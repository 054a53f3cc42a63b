package org.tsunagu.reporting;

import java.util.UUID;

/**
 * 会議資料としての統計: freezes the dashboard's figures for a council meeting (children by 圏域, by 医療的ケア
 * item, consultations by topic) and attaches them to the meeting. The caller needs the 統計・報告 area and the
 * right to manage the meeting's council; the figures cover the council's 圏域 (the whole prefecture for 全県・庁内)
 * and the 年度 containing the meeting date, taken on the meeting date (today when the meeting is still ahead).
 * The tables are frozen in Japanese (会議資料). Counts from 1 to 4 are suppressed, because council members outside the center read the meeting page.
 */
public interface MeetingStatistics {

	/** Builds and attaches the snapshot; returns its id. */
	UUID attachSnapshot(UUID meetingId);
}

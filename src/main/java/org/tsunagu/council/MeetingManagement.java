package org.tsunagu.council;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Meetings of a council: schedule, agenda, attendance, 開催通知 (PDF letter and .ics invite), minutes
 * (下書き → 確認 → 承認), materials and the public summary. Only those who manage the council change a meeting;
 * every change names the version it was based on.
 */
public interface MeetingManagement {

	/** Schedules a meeting of a council. */
	UUID schedule(UUID councilId, MeetingInput input);

	/** Changes date, time and place. */
	void reschedule(UUID meetingId, long version, MeetingInput input);

	/** One meeting; 403 when the current user may not read its council. */
	MeetingDetails get(UUID meetingId);

	/** The meetings of one council, or of every council the user may read, latest first. */
	List<MeetingSummary> meetings(@Nullable UUID councilId);

	/** Adds an agenda item tagged with one of the council's 会議事項. */
	UUID addAgendaItem(UUID meetingId, long version, AgendaItemInput input);

	/** Records who came (出席/欠席/代理). */
	void recordAttendance(UUID meetingId, long version, List<AttendanceInput> attendance);

	/** Records that the 開催通知 was sent today. */
	void markNoticeSent(UUID meetingId, long version);

	/** The 開催通知 as an A4 PDF letter. */
	Download notice(UUID meetingId);

	/** The meeting as an iCalendar (.ics) invitation. */
	Download invitation(UUID meetingId);

	/** Saves the minutes text; only while they are a draft. */
	void saveMinutes(UUID meetingId, long version, String minutes);

	/** Fixes the draft minutes (下書き → 確認). */
	void checkMinutes(UUID meetingId, long version);

	/** Approves checked minutes (確認 → 承認). */
	void approveMinutes(UUID meetingId, long version);

	/** Saves the public summary text (not yet published). */
	void savePublicSummary(UUID meetingId, long version, String summary);

	/** Publishes the summary; only for approved minutes. */
	void publishSummary(UUID meetingId, long version);

	/** All published summaries, newest first: what the public site shows. Needs no login. */
	List<PublishedSummary> publishedSummaries();

	/**
	 * Stores an uploaded material after checking its size and type.
	 *
	 * @throws InvalidMaterialException when the file is empty, too large or not an allowed type
	 */
	UUID uploadMaterial(UUID meetingId, @Nullable UUID agendaItemId, String fileName, byte[] content);

	/** A material for download; 403 when the user may not read its council. */
	Download material(UUID materialId);
}

package org.tsunagu.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One meeting with its agenda, attendance, materials and minutes.
 *
 * @param id the meeting's id
 * @param version for optimistic locking
 * @param councilId its council
 * @param councilName its council's name
 * @param councilKind 全県, 圏域 or 庁内
 * @param title the title
 * @param heldOn the day
 * @param startsAt start time (JST)
 * @param endsAt end time (JST)
 * @param place where
 * @param onlineUrl the link of an online meeting
 * @param noticeSentOn when the 開催通知 was sent
 * @param agenda the agenda items in order
 * @param attendance the members of the meeting day with their attendance
 * @param materials the uploaded materials
 * @param minutesStatus where the minutes stand
 * @param minutes the minutes text; null for a reader who may see only approved minutes
 * @param publicSummary the summary for the public site
 * @param summaryPublished whether the summary is published
 * @param mayManage whether the current user may change the meeting
 */
public record MeetingDetails(UUID id, long version, UUID councilId, String councilName, CouncilKind councilKind,
		String title, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, @Nullable String place,
		@Nullable String onlineUrl, @Nullable LocalDate noticeSentOn, List<AgendaItemView> agenda,
		List<AttendanceView> attendance, List<MaterialView> materials, MinutesStatus minutesStatus,
		@Nullable String minutes, @Nullable String publicSummary, boolean summaryPublished, boolean mayManage) {
}

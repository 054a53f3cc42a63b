package org.tsunagu.training;

import java.util.UUID;

/**
 * Attendance of one participant at one session as staff enter it.
 *
 * @param applicationId the participant's application
 * @param version the application's version the form was read at
 * @param status 出席, 欠席 or 遅刻・早退
 * @param missedMinutes minutes missed by lateness or early leave (0 unless {@link AttendanceStatus#PARTIAL})
 * @param madeUp whether the missed part was made up (補講・振替), so the session counts as attended
 */
public record AttendanceInput(UUID applicationId, long version, AttendanceStatus status, int missedMinutes,
		boolean madeUp) {
}

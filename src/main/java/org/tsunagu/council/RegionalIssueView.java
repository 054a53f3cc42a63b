package org.tsunagu.council;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A 地域課題 on its way from a 圏域会議 to the 全県会議 and back.
 *
 * @param id the issue's id
 * @param version for optimistic locking
 * @param councilId the 圏域会議 that raised it
 * @param councilName its name
 * @param regionName its 圏域
 * @param raisedOn when it was raised
 * @param title a short title
 * @param description the issue
 * @param status where it stands
 * @param prefectureMeetingId the 全県会議 meeting whose agenda took it up
 * @param answer the prefecture's answer
 * @param answeredOn when it was answered
 */
public record RegionalIssueView(UUID id, long version, UUID councilId, String councilName, @Nullable String regionName,
		LocalDate raisedOn, String title, String description, IssueStatus status, @Nullable UUID prefectureMeetingId,
		@Nullable String answer, @Nullable LocalDate answeredOn) {
}

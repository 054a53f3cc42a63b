package org.tsunagu.council;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a snapshot for a meeting covers: the meeting date and its council's 圏域 (null for 全県・庁内).
 *
 * @param meetingId the meeting
 * @param heldOn the meeting date
 * @param councilKind 全県, 圏域 or 庁内
 * @param regionName the council's 圏域, null for a prefecture-wide council
 */
public record SnapshotTarget(UUID meetingId, LocalDate heldOn, CouncilKind councilKind, @Nullable String regionName) {
}

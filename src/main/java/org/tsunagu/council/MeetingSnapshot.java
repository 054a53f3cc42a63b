package org.tsunagu.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A statistics snapshot attached to a meeting (会議資料としての統計), frozen at the meeting date.
 *
 * @param id the snapshot's id
 * @param title its title
 * @param asOf the meeting date it was frozen for
 * @param createdAt when it was attached
 * @param createdBy who attached it
 * @param tables the tables
 */
public record MeetingSnapshot(UUID id, String title, LocalDate asOf, Instant createdAt, String createdBy,
		List<SnapshotTable> tables) {

	public MeetingSnapshot {
		tables = List.copyOf(tables);
	}
}

package org.tsunagu.council;

import java.util.List;
import java.util.UUID;

/**
 * Statistics snapshots attached to meetings. Another module (統計・報告) builds the tables; council stores them
 * frozen and shows them on the meeting page. Attaching needs the right to manage the meeting's council.
 */
public interface MeetingSnapshots {

	/** What a snapshot of the meeting covers; 403 when the current user may not manage its council. */
	SnapshotTarget target(UUID meetingId);

	/** Attaches a frozen snapshot to the meeting; audited. 403 when the user may not manage its council. */
	UUID attach(UUID meetingId, String title, List<SnapshotTable> tables);

	/** The snapshots of a meeting, newest first; 403 when the user may not read its council. */
	List<MeetingSnapshot> snapshots(UUID meetingId);
}

package org.tsunagu.council.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.council.MeetingSnapshot;
import org.tsunagu.council.MeetingSnapshots;
import org.tsunagu.council.SnapshotTable;
import org.tsunagu.council.SnapshotTarget;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.shared.RecordNotFoundException;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores and reads statistics snapshots of meetings, checking the council's rules like every meeting change. */
@Service
@Transactional
class SnapshotService implements MeetingSnapshots {

	static final String TARGET = "CouncilMeetingSnapshot";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<SnapshotTable>> TABLES = new TypeReference<>() {
	};

	private final MeetingRepository meetings;

	private final SnapshotRepository snapshots;

	private final CouncilGate gate;

	private final AuditLog audit;

	SnapshotService(MeetingRepository meetings, SnapshotRepository snapshots, CouncilGate gate, AuditLog audit) {
		this.meetings = meetings;
		this.snapshots = snapshots;
		this.gate = gate;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public SnapshotTarget target(UUID meetingId) {
		Meeting meeting = load(meetingId);
		Council council = gate.manageable(meeting.getCouncilId());
		return new SnapshotTarget(meetingId, meeting.getHeldOn(), council.getKind(), council.getRegionName());
	}

	@Override
	public UUID attach(UUID meetingId, String title, List<SnapshotTable> tables) {
		Meeting meeting = load(meetingId);
		gate.manageable(meeting.getCouncilId());
		if (title.isBlank() || title.length() > 200) {
			throw new IllegalArgumentException("A snapshot needs a title of at most 200 characters");
		}
		Snapshot snapshot = snapshots.save(new Snapshot(meetingId, title, meeting.getHeldOn(),
				JSON.writeValueAsString(List.copyOf(tables)), CurrentUsers.require().username()));
		audit.record(AuditAction.CREATE, TARGET, snapshot.getId().toString(),
				"meeting=" + meetingId + " tables=" + tables.size());
		return snapshot.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MeetingSnapshot> snapshots(UUID meetingId) {
		Meeting meeting = load(meetingId);
		gate.readable(meeting.getCouncilId());
		return snapshots.findByMeetingIdOrderByCreatedAtDesc(meetingId)
			.stream()
			.map(s -> new MeetingSnapshot(s.getId(), s.getTitle(), s.getAsOf(), s.getCreatedAt(), s.getCreatedBy(),
					JSON.readValue(s.getTablesJson(), TABLES)))
			.toList();
	}

	private Meeting load(UUID meetingId) {
		return meetings.findById(meetingId)
			.orElseThrow(() -> new RecordNotFoundException(MeetingService.TARGET, meetingId));
	}
}

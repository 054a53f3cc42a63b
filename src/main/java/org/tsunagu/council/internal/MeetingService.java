package org.tsunagu.council.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.council.AgendaItemInput;
import org.tsunagu.council.AttendanceInput;
import org.tsunagu.council.Download;
import org.tsunagu.council.MeetingDetails;
import org.tsunagu.council.MeetingInput;
import org.tsunagu.council.MeetingManagement;
import org.tsunagu.council.MeetingSummary;
import org.tsunagu.council.PublishedSummary;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The meeting use cases. Reading needs the right to read the council, every change the right to manage it;
 * changes name the version they were based on and are audited. Notices and materials are in
 * {@link MeetingFiles}.
 */
@Service
@Transactional
class MeetingService implements MeetingManagement {

	static final String TARGET = "CouncilMeeting";

	private final MeetingRepository meetings;

	private final CouncilMemberRepository members;

	private final CouncilGate gate;

	private final MeetingFiles files;

	private final AuditLog audit;

	MeetingService(MeetingRepository meetings, CouncilMemberRepository members, CouncilGate gate, MeetingFiles files,
			AuditLog audit) {
		this.meetings = meetings;
		this.members = members;
		this.gate = gate;
		this.files = files;
		this.audit = audit;
	}

	@Override
	public UUID schedule(UUID councilId, MeetingInput input) {
		gate.manageable(councilId);
		Meeting meeting = meetings.save(new Meeting(councilId, input));
		audit.record(AuditAction.CREATE, TARGET, meeting.getId().toString(), "council=" + councilId);
		return meeting.getId();
	}

	@Override
	public void reschedule(UUID meetingId, long version, MeetingInput input) {
		change(meetingId, version, "rescheduled", meeting -> meeting.reschedule(input));
	}

	@Override
	@Transactional(readOnly = true)
	public MeetingDetails get(UUID meetingId) {
		Meeting meeting = load(meetingId);
		Council council = gate.readable(meeting.getCouncilId());
		return MeetingViews.details(meeting, council,
				members.findByCouncilIdOrderByTermFromAscPersonNameAsc(council.getId()), files.materialsOf(meetingId),
				gate.mayManage(council), gate.seesApprovedMinutesOnly());
	}

	@Override
	@Transactional(readOnly = true)
	public List<MeetingSummary> meetings(@Nullable UUID councilId) {
		List<Council> councils = councilId == null ? gate.readableCouncils() : List.of(gate.readable(councilId));
		Map<UUID, Council> byId = councils.stream().collect(Collectors.toMap(Council::getId, Function.identity()));
		return meetings.findByCouncilIdInOrderByHeldOnDescStartsAtDesc(List.copyOf(byId.keySet()))
			.stream()
			.map(meeting -> MeetingViews.summary(meeting, byId.get(meeting.getCouncilId())))
			.sorted(Comparator.comparing(MeetingSummary::heldOn).reversed())
			.toList();
	}

	@Override
	public UUID addAgendaItem(UUID meetingId, long version, AgendaItemInput input) {
		Meeting meeting = change(meetingId, version, "agenda item added", m -> checkTopic(m, input.topicCode()));
		return meeting.addAgendaItem(input, null).getId();
	}

	/** Adds the agenda item of a 地域課題 to a 全県会議 meeting (no version: the issue's version guards it). */
	AgendaItemRef addIssueToAgenda(UUID meetingId, AgendaItemInput input, UUID issueId) {
		Meeting meeting = load(meetingId);
		Council council = gate.manageable(meeting.getCouncilId());
		checkTopic(meeting, input.topicCode());
		AgendaItem item = meeting.addAgendaItem(input, issueId);
		meetings.flush();
		return new AgendaItemRef(council, meeting, item);
	}

	/** An agenda item with its meeting and council. */
	record AgendaItemRef(Council council, Meeting meeting, AgendaItem item) {
	}

	@Override
	public void recordAttendance(UUID meetingId, long version, List<AttendanceInput> attendance) {
		change(meetingId, version, "attendance", meeting -> {
			List<UUID> known = members.findByCouncilIdOrderByTermFromAscPersonNameAsc(meeting.getCouncilId())
				.stream()
				.map(CouncilMember::getId)
				.toList();
			if (!attendance.stream().allMatch(row -> known.contains(row.memberId()))) {
				throw new IllegalArgumentException("Attendance names someone who is not a member of the council");
			}
			meeting.recordAttendance(attendance);
		});
	}

	@Override
	public void markNoticeSent(UUID meetingId, long version) {
		change(meetingId, version, "notice sent", meeting -> meeting.markNoticeSent(JapaneseDates.today()));
	}

	@Override
	@Transactional(readOnly = true)
	public Download notice(UUID meetingId) {
		Meeting meeting = load(meetingId);
		return files.notice(meeting, gate.readable(meeting.getCouncilId()));
	}

	@Override
	@Transactional(readOnly = true)
	public Download invitation(UUID meetingId) {
		Meeting meeting = load(meetingId);
		return files.invitation(meeting, gate.readable(meeting.getCouncilId()));
	}

	@Override
	public void saveMinutes(UUID meetingId, long version, String minutes) {
		change(meetingId, version, "minutes saved", meeting -> meeting.writeMinutes(minutes));
	}

	@Override
	public void checkMinutes(UUID meetingId, long version) {
		change(meetingId, version, "minutes checked", meeting -> meeting.checkMinutes());
	}

	@Override
	public void approveMinutes(UUID meetingId, long version) {
		change(meetingId, version, "minutes approved", meeting -> meeting.approveMinutes());
	}

	@Override
	public void savePublicSummary(UUID meetingId, long version, String summary) {
		change(meetingId, version, "public summary saved", meeting -> meeting.writePublicSummary(summary));
	}

	@Override
	public void publishSummary(UUID meetingId, long version) {
		change(meetingId, version, "public summary published", meeting -> meeting.publishSummary());
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublishedSummary> publishedSummaries() {
		return meetings.findPublished()
			.stream()
			.map(m -> new PublishedSummary(m.getId(), gate.load(m.getCouncilId()).getName(), m.getTitle(),
					m.getHeldOn(), String.valueOf(m.getPublicSummary())))
			.toList();
	}

	@Override
	public UUID uploadMaterial(UUID meetingId, @Nullable UUID agendaItemId, String fileName, byte[] content) {
		Meeting meeting = load(meetingId);
		gate.manageable(meeting.getCouncilId());
		if (agendaItemId != null && meeting.agendaItem(agendaItemId).isEmpty()) {
			throw new IllegalArgumentException("The agenda item is not part of the meeting");
		}
		return files.store(meetingId, agendaItemId, fileName, content);
	}

	@Override
	@Transactional(readOnly = true)
	public Download material(UUID materialId) {
		Material material = files.material(materialId);
		gate.readable(load(material.getMeetingId()).getCouncilId());
		return files.download(material);
	}

	Meeting load(UUID meetingId) {
		return meetings.findById(meetingId).orElseThrow(() -> new RecordNotFoundException(TARGET, meetingId));
	}

	/** Loads, checks the right to manage and the version, applies the change, then audits it. */
	private Meeting change(UUID meetingId, long version, String what, Consumer<Meeting> change) {
		Meeting meeting = load(meetingId);
		gate.manageable(meeting.getCouncilId());
		meeting.checkVersion(version);
		change.accept(meeting);
		audit.record(AuditAction.UPDATE, TARGET, meetingId.toString(), what);
		return meeting;
	}

	private void checkTopic(Meeting meeting, String topicCode) {
		if (!gate.load(meeting.getCouncilId()).hasTopic(topicCode)) {
			throw new IllegalArgumentException("会議事項 " + topicCode + " is not one of the council's");
		}
	}
}

package org.tsunagu.council.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.council.ActionInput;
import org.tsunagu.council.ActionManagement;
import org.tsunagu.council.ActionStatus;
import org.tsunagu.council.ActionView;
import org.tsunagu.council.AgendaItemInput;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.IssueInput;
import org.tsunagu.council.IssueStatus;
import org.tsunagu.council.RegionalIssueView;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * Action items and 地域課題. An action belongs to an agenda item and is changed by those who manage its
 * council. A 地域課題 is raised by a 圏域会議's manager, put on a 全県会議 agenda and answered by those who manage
 * the 全県会議 (the prefecture); the 圏域 reads the answer on its council's page.
 */
@Service
@Transactional
class ActionService implements ActionManagement {

	static final String ACTION = "CouncilAction";

	static final String ISSUE = "RegionalIssue";

	private final ActionItemRepository actions;

	private final RegionalIssueRepository issues;

	private final MeetingService meetings;

	private final CouncilGate gate;

	private final CouncilRepository councils;

	private final AuditLog audit;

	ActionService(ActionItemRepository actions, RegionalIssueRepository issues, MeetingService meetings,
			CouncilGate gate, CouncilRepository councils, AuditLog audit) {
		this.actions = actions;
		this.issues = issues;
		this.meetings = meetings;
		this.gate = gate;
		this.councils = councils;
		this.audit = audit;
	}

	@Override
	public UUID addAction(UUID meetingId, UUID agendaItemId, ActionInput input) {
		Meeting meeting = meetings.load(meetingId);
		gate.manageable(meeting.getCouncilId());
		if (meeting.agendaItem(agendaItemId).isEmpty()) {
			throw new IllegalArgumentException("The agenda item is not part of the meeting");
		}
		ActionItem action = actions.save(new ActionItem(meeting.getCouncilId(), meetingId, agendaItemId, input));
		audit.record(AuditAction.CREATE, ACTION, action.getId().toString(), "meeting=" + meetingId);
		return action.getId();
	}

	@Override
	public void changeStatus(UUID actionId, long version, ActionStatus status) {
		ActionItem action = actions.findById(actionId).orElseThrow(() -> new RecordNotFoundException(ACTION, actionId));
		gate.manageable(action.getCouncilId());
		action.checkVersion(version);
		action.changeStatus(status, JapaneseDates.today());
		audit.record(AuditAction.UPDATE, ACTION, actionId.toString(), "status=" + status);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ActionView> actions(@Nullable UUID councilId, boolean includeDone) {
		List<Council> visible = councilId == null ? gate.readableCouncils() : List.of(gate.readable(councilId));
		Set<ActionStatus> statuses = includeDone ? EnumSet.allOf(ActionStatus.class)
				: EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);
		Map<UUID, Council> byId = visible.stream().collect(Collectors.toMap(Council::getId, Function.identity()));
		LocalDate today = JapaneseDates.today();
		return actions.findByCouncilIdInAndStatusIn(byId.keySet(), statuses)
			.stream()
			.map(action -> view(action, byId.get(action.getCouncilId()), today))
			.sorted(Comparator.comparing(ActionView::overdue)
				.reversed()
				.thenComparing(ActionView::councilName)
				.thenComparing(ActionView::owner)
				.thenComparing(a -> a.dueOn() == null ? LocalDate.MAX : a.dueOn()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ActionView> actionsOfMeeting(UUID meetingId) {
		Meeting meeting = meetings.load(meetingId);
		Council council = gate.readable(meeting.getCouncilId());
		LocalDate today = JapaneseDates.today();
		return actions.findByMeetingId(meetingId).stream().map(action -> view(action, council, today)).toList();
	}

	@Override
	public UUID raiseIssue(UUID regionCouncilId, IssueInput input) {
		Council council = gate.manageable(regionCouncilId);
		if (council.getKind() != CouncilKind.REGION) {
			throw new IllegalArgumentException("Only a 圏域会議 raises 地域課題");
		}
		RegionalIssue issue = issues.save(new RegionalIssue(regionCouncilId, input, JapaneseDates.today()));
		audit.record(AuditAction.CREATE, ISSUE, issue.getId().toString(), "council=" + regionCouncilId);
		return issue.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public List<RegionalIssueView> proposals() {
		gate.readable(prefectureCouncil().getId());
		return issues.findByStatusOrderByRaisedOn(IssueStatus.RAISED).stream().map(this::view).toList();
	}

	@Override
	public void putOnAgenda(UUID issueId, long version, UUID prefectureMeetingId) {
		RegionalIssue issue = loadIssue(issueId);
		issue.checkVersion(version);
		Council prefecture = prefectureCouncil();
		if (!meetings.load(prefectureMeetingId).getCouncilId().equals(prefecture.getId())) {
			throw new IllegalArgumentException("A 地域課題 goes on the agenda of a 全県会議 meeting");
		}
		Council region = gate.load(issue.getCouncilId());
		// 地域課題 are about the situation and issues of the region: 会議事項 a of the 全県会議 (the first one).
		String topic = prefecture.getTopics().get(0).code();
		meetings.addIssueToAgenda(prefectureMeetingId,
				new AgendaItemInput("【地域課題・" + region.getRegionName() + "】" + issue.getTitle(), topic,
						region.getHolder()),
				issueId);
		issue.putOnAgenda(prefectureMeetingId);
		audit.record(AuditAction.UPDATE, ISSUE, issueId.toString(), "on agenda of " + prefectureMeetingId);
	}

	@Override
	public void answer(UUID issueId, long version, String answer) {
		RegionalIssue issue = loadIssue(issueId);
		gate.manageable(prefectureCouncil().getId());
		issue.checkVersion(version);
		issue.answer(answer, JapaneseDates.today());
		audit.record(AuditAction.UPDATE, ISSUE, issueId.toString(), "answered");
	}

	@Override
	@Transactional(readOnly = true)
	public List<RegionalIssueView> issuesOf(UUID councilId) {
		Council council = gate.readable(councilId);
		List<RegionalIssue> found = council.getKind() == CouncilKind.PREFECTURE ? issues.findAllByOrderByRaisedOnDesc()
				: issues.findByCouncilIdOrderByRaisedOnDesc(councilId);
		return found.stream().map(this::view).toList();
	}

	private Council prefectureCouncil() {
		return councils.findFirstByKind(CouncilKind.PREFECTURE)
			.orElseThrow(() -> new IllegalStateException("No 全県会議 is configured"));
	}

	private RegionalIssue loadIssue(UUID issueId) {
		return issues.findById(issueId).orElseThrow(() -> new RecordNotFoundException(ISSUE, issueId));
	}

	private RegionalIssueView view(RegionalIssue issue) {
		Council council = gate.load(issue.getCouncilId());
		return new RegionalIssueView(issue.getId(), issue.getVersion(), council.getId(), council.getName(),
				council.getRegionName(), issue.getRaisedOn(), issue.getTitle(), issue.getDescription(),
				issue.getStatus(), issue.getPrefectureMeetingId(), issue.getAnswer(), issue.getAnsweredOn());
	}

	private ActionView view(ActionItem action, Council council, LocalDate today) {
		Meeting meeting = meetings.load(action.getMeetingId());
		return new ActionView(action.getId(), action.getVersion(), council.getId(), council.getName(), meeting.getId(),
				meeting.getTitle(), action.getAgendaItemId(), action.getTitle(), action.getOwner(), action.getDueOn(),
				action.getStatus(), action.getDoneOn(), action.isOverdue(today));
	}
}

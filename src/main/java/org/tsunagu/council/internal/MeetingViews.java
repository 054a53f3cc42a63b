package org.tsunagu.council.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tsunagu.council.AgendaItemView;
import org.tsunagu.council.AttendanceView;
import org.tsunagu.council.MaterialView;
import org.tsunagu.council.MeetingDetails;
import org.tsunagu.council.MeetingSummary;
import org.tsunagu.council.MinutesStatus;

/**
 * Meetings as the API records show them.
 */
final class MeetingViews {

	private MeetingViews() {
	}

	static MeetingSummary summary(Meeting meeting, Council council) {
		return new MeetingSummary(meeting.getId(), council.getId(), council.getName(), meeting.getTitle(),
				meeting.getHeldOn(), meeting.getStartsAt(), meeting.getMinutesStatus(), meeting.isSummaryPublished());
	}

	/**
	 * The meeting with the members of its day; a member who came but whose term has ended since stays listed.
	 */
	static MeetingDetails details(Meeting meeting, Council council, List<CouncilMember> members,
			List<Material> materials, boolean mayManage, boolean approvedMinutesOnly) {
		Map<UUID, Attendance> recorded = meeting.getAttendances()
			.stream()
			.collect(Collectors.toMap(Attendance::getMemberId, Function.identity()));
		List<AttendanceView> attendance = members.stream()
			.filter(m -> m.isMemberOn(meeting.getHeldOn()) || recorded.containsKey(m.getId()))
			.sorted(Comparator.comparing(CouncilMember::getRole).thenComparing(CouncilMember::getPersonName))
			.map(m -> {
				Attendance row = recorded.get(m.getId());
				return new AttendanceView(m.getId(), m.getPersonName(), m.getOrganisation(),
						row == null ? null : row.getStatus(), row == null ? null : row.getProxyName());
			})
			.toList();
		List<AgendaItemView> agenda = meeting.getAgenda()
			.stream()
			.map(item -> new AgendaItemView(item.getId(), item.getTitle(), item.getTopicCode(),
					council.topicLabel(item.getTopicCode()), item.getPresenter(), item.getRegionalIssueId()))
			.toList();
		List<MaterialView> files = materials.stream()
			.map(m -> new MaterialView(m.getId(), m.getAgendaItemId(), m.getFileName(), m.getContentType(),
					m.getSizeBytes()))
			.toList();
		boolean hideMinutes = approvedMinutesOnly && meeting.getMinutesStatus() != MinutesStatus.APPROVED;
		return new MeetingDetails(meeting.getId(), meeting.getVersion(), council.getId(), council.getName(),
				council.getKind(), meeting.getTitle(), meeting.getHeldOn(), meeting.getStartsAt(), meeting.getEndsAt(),
				meeting.getPlace(), meeting.getOnlineUrl(), meeting.getNoticeSentOn(), agenda, attendance, files,
				meeting.getMinutesStatus(), hideMinutes ? null : meeting.getMinutes(), meeting.getPublicSummary(),
				meeting.isSummaryPublished(), mayManage);
	}
}

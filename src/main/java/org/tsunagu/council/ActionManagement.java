package org.tsunagu.council;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What councils decide and what regions ask: action items that stay open across meetings, and 地域課題
 * raised by a 圏域会議, proposed for the 全県会議's next agenda and answered by the prefecture.
 */
public interface ActionManagement {

	/** Adds an action item to an agenda item of a meeting. */
	UUID addAction(UUID meetingId, UUID agendaItemId, ActionInput input);

	/** Moves an action item to another status (完了 records today as the day it was done). */
	void changeStatus(UUID actionId, long version, ActionStatus status);

	/** The actions of the councils the user may read; open ones only unless asked, overdue first. */
	List<ActionView> actions(@Nullable UUID councilId, boolean includeDone);

	/** The actions decided in one meeting. */
	List<ActionView> actionsOfMeeting(UUID meetingId);

	/** Raises a 地域課題 from a 圏域会議; it is proposed for the 全県会議's next agenda. */
	UUID raiseIssue(UUID regionCouncilId, IssueInput input);

	/** The raised issues not yet on a 全県会議 agenda: the proposal list of the next 全県会議 meeting. */
	List<RegionalIssueView> proposals();

	/** Puts a raised issue on the agenda of a 全県会議 meeting. */
	void putOnAgenda(UUID issueId, long version, UUID prefectureMeetingId);

	/** Records the prefecture's answer; the 圏域 sees it on its council's page. */
	void answer(UUID issueId, long version, String answer);

	/** The issues raised by a 圏域会議, or, for the 全県会議, every issue. */
	List<RegionalIssueView> issuesOf(UUID councilId);
}

package org.tsunagu.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.council.ActionInput;
import org.tsunagu.council.ActionStatus;
import org.tsunagu.council.IssueInput;
import org.tsunagu.council.IssueStatus;

class ActionItemTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void anOpenActionPastItsDueDateIsOverdueUntilDone() {
		ActionItem action = action(TODAY.minusDays(1));
		assertThat(action.isOverdue(TODAY)).isTrue();

		action.changeStatus(ActionStatus.IN_PROGRESS, TODAY);
		assertThat(action.isOverdue(TODAY)).isTrue();

		action.changeStatus(ActionStatus.DONE, TODAY);
		assertThat(action.isOverdue(TODAY)).isFalse();
		assertThat(action.getDoneOn()).isEqualTo(TODAY);
	}

	@Test
	void anActionDueTodayOrWithoutDueDateIsNotOverdue() {
		assertThat(action(TODAY).isOverdue(TODAY)).isFalse();
		assertThat(action(null).isOverdue(TODAY)).isFalse();
	}

	@Test
	void reopeningClearsTheDayItWasDoneAndTheSameStatusIsRefused() {
		ActionItem action = action(TODAY);
		action.changeStatus(ActionStatus.DONE, TODAY);

		action.changeStatus(ActionStatus.OPEN, TODAY);

		assertThat(action.getDoneOn()).isNull();
		assertThatThrownBy(() -> action.changeStatus(ActionStatus.OPEN, TODAY)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aRegionalIssueGoesOnTheAgendaOnceAndIsAnsweredOnce() {
		RegionalIssue issue = new RegionalIssue(UUID.randomUUID(), new IssueInput("短期入所が足りない", "（見本）説明"), TODAY);
		UUID meeting = UUID.randomUUID();

		issue.putOnAgenda(meeting);
		assertThatThrownBy(() -> issue.putOnAgenda(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
		issue.answer("（見本）県で受け入れ施設の拡充を検討します。", TODAY);

		assertThat(issue.getStatus()).isEqualTo(IssueStatus.ANSWERED);
		assertThat(issue.getPrefectureMeetingId()).isEqualTo(meeting);
		assertThatThrownBy(() -> issue.answer("二度目", TODAY)).isInstanceOf(IllegalStateException.class);
	}

	static ActionItem action(LocalDate due) {
		return new ActionItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				new ActionInput("（見本）調査票を送る", "松本保健福祉事務所", due));
	}
}

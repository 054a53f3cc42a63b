package org.tsunagu.institution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.institution.LiaisonChannel;
import org.tsunagu.institution.LiaisonInput;

class LiaisonTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void openFollowUpPastItsDueDateIsOverdueUntilDone() {
		Liaison liaison = new Liaison(UUID.randomUUID(), input("資料を送る", TODAY.minusDays(1)));

		assertThat(liaison.isOverdue(TODAY)).isTrue();
		liaison.completeFollowUp(TODAY);
		assertThat(liaison.isOverdue(TODAY)).isFalse();
		assertThat(liaison.getFollowUpDoneOn()).isEqualTo(TODAY);
	}

	@Test
	void followUpDueTodayIsNotOverdue() {
		assertThat(new Liaison(UUID.randomUUID(), input("資料を送る", TODAY)).isOverdue(TODAY)).isFalse();
	}

	@Test
	void refusesADueDateWithoutAFollowUp() {
		assertThatThrownBy(() -> new Liaison(UUID.randomUUID(), input(" ", TODAY)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesCompletingTwiceOrWithoutFollowUp() {
		Liaison liaison = new Liaison(UUID.randomUUID(), input("資料を送る", null));
		liaison.completeFollowUp(TODAY);

		assertThatThrownBy(() -> liaison.completeFollowUp(TODAY)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("was done on");
		assertThatThrownBy(() -> new Liaison(UUID.randomUUID(), input(null, null)).completeFollowUp(TODAY))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no follow-up");
	}

	@Test
	void aNewFollowUpReopensButTheSameOneStaysDone() {
		Liaison liaison = new Liaison(UUID.randomUUID(), input("資料を送る", null));
		liaison.completeFollowUp(TODAY);

		liaison.apply(input("資料を送る", null));
		assertThat(liaison.getFollowUpDoneOn()).isEqualTo(TODAY);

		liaison.apply(input("日程を再調整する", TODAY.plusDays(7)));
		assertThat(liaison.getFollowUpDoneOn()).isNull();
	}

	private static LiaisonInput input(String followUp, LocalDate due) {
		return new LiaisonInput(TODAY.minusDays(2), LiaisonChannel.PHONE, "見本 花子", "試験 太郎", "短期入所の相談",
				"受け入れ条件を確認した。", followUp, due, null, null);
	}
}

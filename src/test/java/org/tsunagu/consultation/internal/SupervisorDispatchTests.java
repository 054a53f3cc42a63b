package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tsunagu.consultation.DispatchRequest;
import org.tsunagu.consultation.DispatchStatus;
import org.tsunagu.consultation.SupervisorKind;

/**
 * A dispatch goes 依頼 → 承認 → 派遣決定 → 実施 → フォロー済み; nothing is skipped, and declining needs a comment.
 */
class SupervisorDispatchTests {

	@Test
	void goesFromRequestToFollowUpInOrder() {
		SupervisorDispatch dispatch = request();
		assertThatThrownBy(() -> dispatch.recordVisit("（架空）")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("is REQUESTED");

		dispatch.decide(true, null, "試験 センター長");
		dispatch.assign(null, "（架空）見本 医師", SupervisorKind.DOCTOR, LocalDate.of(2026, 7, 1));
		dispatch.recordVisit("（架空）吸引の手順を確認した");
		dispatch.recordFollowUp("（架空）電話で確認した");

		assertThat(dispatch.getStatus()).isEqualTo(DispatchStatus.FOLLOWED_UP);
		assertThat(dispatch.getSupervisorName()).isEqualTo("（架空）見本 医師");
	}

	@Test
	void decliningNeedsACommentAndEndsTheRequest() {
		SupervisorDispatch dispatch = request();
		assertThatThrownBy(() -> dispatch.decide(false, " ", "試験 センター長"))
			.isInstanceOf(IllegalArgumentException.class);

		dispatch.decide(false, "（架空）電話での助言で足りる", "試験 センター長");

		assertThat(dispatch.getStatus()).isEqualTo(DispatchStatus.DECLINED);
		assertThatThrownBy(() -> dispatch.assign(null, "（架空）", SupervisorKind.DOCTOR, LocalDate.of(2026, 7, 1)))
			.isInstanceOf(IllegalStateException.class);
	}

	private static SupervisorDispatch request() {
		return new SupervisorDispatch(new DispatchRequest(LocalDate.of(2026, 6, 1), "（架空）みほん保育園", "見本 担当",
				"（架空）みほん保育園", "松本", null, "（架空）たんの吸引", "（架空）6月中"), "松本");
	}
}

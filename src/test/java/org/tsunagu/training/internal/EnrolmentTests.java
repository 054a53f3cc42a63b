package org.tsunagu.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsunagu.training.internal.TrainingFixtures.applicant;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tsunagu.training.ApplicationStatus;

/**
 * An offering with two places: the third applicant waits, the fourth waits behind, and when an accepted
 * participant cancels, the one who has waited longest moves up — once.
 */
class EnrolmentTests {

	private final Instant t0 = Instant.parse("2026-05-01T00:00:00Z");

	private final TrainingApplication first = applicant("見本 花子", t0);

	private final TrainingApplication second = applicant("試験 太郎", t0.plusSeconds(60));

	private final TrainingApplication third = applicant("架空 陽菜", t0.plusSeconds(120));

	private final TrainingApplication fourth = applicant("仮野 蓮", t0.plusSeconds(180));

	private final Enrolment enrolment = new Enrolment(2, List.of(first, second, third, fourth));

	@Test
	void acceptsUpToTheCapacityAndNoFurther() {
		enrolment.accept(first, t0);
		enrolment.accept(second, t0);

		assertThat(enrolment.hasFreePlace()).isFalse();
		assertThatThrownBy(() -> enrolment.accept(third, t0)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("places are taken");
		assertThat(third.getStatus()).isEqualTo(ApplicationStatus.APPLIED);
	}

	@Test
	void movesTheLongestWaitingApplicantUpWhenAnAcceptedOneCancels() {
		enrolment.accept(first, t0);
		enrolment.accept(second, t0);
		// The fourth was wait-listed before the third: the wait list goes by when people were put on it.
		fourth.waitlist(t0.plusSeconds(300));
		third.waitlist(t0.plusSeconds(400));

		var promoted = enrolment.cancel(first, "（架空）業務の都合", t0.plusSeconds(500));

		assertThat(promoted).contains(fourth);
		assertThat(fourth.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(third.getStatus()).isEqualTo(ApplicationStatus.WAITLISTED);
		assertThat(first.getStatus()).isEqualTo(ApplicationStatus.CANCELLED);
		assertThat(first.getStatusReason()).isEqualTo("（架空）業務の都合");
		assertThat(enrolment.accepted()).isEqualTo(2);
	}

	@Test
	void cancellingAWaitingApplicantMovesNobody() {
		enrolment.accept(first, t0);
		enrolment.accept(second, t0);
		third.waitlist(t0);
		fourth.waitlist(t0.plusSeconds(1));

		assertThat(enrolment.cancel(third, "（架空）辞退", t0)).isEmpty();
		assertThat(fourth.getStatus()).isEqualTo(ApplicationStatus.WAITLISTED);
	}

	@Test
	void aFreedPlaceWithAnEmptyWaitListStaysFree() {
		enrolment.accept(first, t0);

		assertThat(enrolment.cancel(first, "（架空）辞退", t0)).isEmpty();
		assertThat(enrolment.hasFreePlace()).isTrue();
	}

	@Test
	void refusesDecisionsThatTheStatusDoesNotAllow() {
		first.decline("（架空）対象外の職種", t0);

		assertThatThrownBy(() -> enrolment.accept(first, t0)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("DECLINED");
		assertThatThrownBy(() -> second.decline(" ", t0)).isInstanceOf(IllegalArgumentException.class);
		enrolment.accept(second, t0);
		assertThatThrownBy(() -> second.waitlist(t0)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ACCEPTED");
	}
}

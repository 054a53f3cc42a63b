package org.tsunagu.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.council.MemberField;
import org.tsunagu.council.MemberRole;

class CouncilMemberTests {

	static final LocalDate APRIL = LocalDate.of(2025, 4, 1);

	@Test
	void aMemberWhoLeftStaysAMemberForTheDatesOfTheTerm() {
		CouncilMember member = member(APRIL, null);

		member.endTerm(LocalDate.of(2026, 3, 31));

		assertThat(member.isMemberOn(LocalDate.of(2025, 3, 31))).isFalse();
		assertThat(member.isMemberOn(APRIL)).isTrue();
		assertThat(member.isMemberOn(LocalDate.of(2026, 3, 31))).isTrue();
		assertThat(member.isMemberOn(LocalDate.of(2026, 4, 1))).isFalse();
	}

	@Test
	void anOpenTermGoesOnWithoutEnd() {
		assertThat(member(APRIL, null).isMemberOn(LocalDate.of(2040, 1, 1))).isTrue();
	}

	@Test
	void refusesEndingATermTwiceOrBeforeItStarted() {
		CouncilMember member = member(APRIL, null);

		assertThatThrownBy(() -> member.endTerm(APRIL.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
		member.endTerm(APRIL.plusMonths(6));
		assertThatThrownBy(() -> member.endTerm(APRIL.plusMonths(7))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("already ended");
	}

	@Test
	void refusesATermThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> member(APRIL, APRIL.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDepartmentNamesANewContactPersonAndKeepsItsTerm() {
		CouncilMember member = member(APRIL, null);

		member.changeContact("試験 次郎", "0000-00-0009");

		assertThat(member.getPersonName()).isEqualTo("試験 次郎");
		assertThat(member.getContact()).isEqualTo("0000-00-0009");
		assertThat(member.getTermFrom()).isEqualTo(APRIL);
	}

	static CouncilMember member(LocalDate from, LocalDate to) {
		return new CouncilMember(UUID.randomUUID(), "見本 花子", "架空松本こども医療センター", null, MemberField.MEDICAL,
				MemberRole.MEMBER, from, to, "0000-00-0000");
	}
}

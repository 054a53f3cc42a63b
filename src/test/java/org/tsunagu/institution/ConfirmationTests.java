package org.tsunagu.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ConfirmationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void entryConfirmedExactlyAYearAgoIsStillCurrent() {
		assertThat(Confirmation.isStale(LocalDate.of(2025, 11, 25), TODAY)).isFalse();
	}

	@Test
	void entryConfirmedMoreThanAYearAgoNeedsConfirming() {
		assertThat(Confirmation.isStale(LocalDate.of(2025, 11, 24), TODAY)).isTrue();
	}

	@Test
	void entryNeverConfirmedNeedsConfirming() {
		assertThat(Confirmation.isStale(null, TODAY)).isTrue();
	}

	@Test
	void conditionalAcceptanceStillCountsAsPossible() {
		assertThat(Acceptance.ACCEPTS.isPossible()).isTrue();
		assertThat(Acceptance.CONDITIONAL.isPossible()).isTrue();
		assertThat(Acceptance.DECLINES.isPossible()).isFalse();
	}
}

package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tsunagu.identity.Role;

/**
 * Lockout after repeated wrong passwords: five within fifteen minutes lock the account for fifteen minutes.
 */
class UserAccountTests {

	private static final LockoutSettings LOCKOUT = new LockoutSettings(5, Duration.ofMinutes(15),
			Duration.ofMinutes(15));

	private static final Instant NINE = Instant.parse("2026-04-01T00:00:00Z");

	private final UserAccount nurse = new UserAccount("nurse", "見本 花子", "{noop}x", Role.NURSE, null, null, false);

	@Test
	void fifthWrongPasswordWithinTheWindowLocksTheAccount() {
		for (int i = 0; i < 4; i++) {
			nurse.loginFailed(NINE.plusSeconds(60L * i), LOCKOUT);
		}
		assertThat(nurse.isLockedAt(NINE.plusSeconds(240))).isFalse();

		nurse.loginFailed(NINE.plusSeconds(300), LOCKOUT);

		assertThat(nurse.isLockedAt(NINE.plusSeconds(301))).isTrue();
		assertThat(nurse.toPrincipal(NINE.plusSeconds(301)).isAccountNonLocked()).isFalse();
	}

	@Test
	void lockEndsAfterItsDuration() {
		for (int i = 0; i < 5; i++) {
			nurse.loginFailed(NINE, LOCKOUT);
		}

		assertThat(nurse.isLockedAt(NINE.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(nurse.isLockedAt(NINE.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotLock() {
		for (int i = 0; i < 8; i++) {
			nurse.loginFailed(NINE.plus(Duration.ofMinutes(4L * i)), LOCKOUT);
		}

		assertThat(nurse.isLockedAt(NINE.plus(Duration.ofMinutes(29)))).isFalse();
	}

	@Test
	void successfulLoginStartsTheCountAgain() {
		for (int i = 0; i < 4; i++) {
			nurse.loginFailed(NINE, LOCKOUT);
		}
		nurse.loggedIn(NINE.plusSeconds(10));
		nurse.loginFailed(NINE.plusSeconds(20), LOCKOUT);

		assertThat(nurse.isLockedAt(NINE.plusSeconds(21))).isFalse();
	}

	@Test
	void staffNeedASecondFactorWhenItIsEnforcedOutsideOrganisationsOnlyWhenRequired() {
		UserAccount institution = new UserAccount("institution", "見本 次郎", "{noop}x", Role.INSTITUTION, null,
				"架空訪問看護ステーションみほん", false);
		assertThat(nurse.needsSecondFactor(true)).isTrue();
		assertThat(nurse.needsSecondFactor(false)).isFalse();
		assertThat(institution.needsSecondFactor(true)).isFalse();

		institution.requireSecondFactor(true);
		assertThat(institution.needsSecondFactor(true)).isTrue();
	}

	@Test
	void aRegisteredAppIsAlwaysAsked() {
		nurse.enrolSecondFactor("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 100, NINE);
		assertThat(nurse.needsSecondFactor(false)).isTrue();

		nurse.resetSecondFactor();
		assertThat(nurse.hasSecondFactor()).isFalse();
	}

	@Test
	void aCodeIsAcceptedOnlyOnceAndNeverAnOlderOne() {
		nurse.enrolSecondFactor("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 100, NINE);
		assertThat(nurse.acceptStep(100)).as("the code used to register").isFalse();
		assertThat(nurse.acceptStep(101)).isTrue();
		assertThat(nurse.acceptStep(101)).as("replayed").isFalse();
		assertThat(nurse.acceptStep(99)).as("older").isFalse();
	}
}

package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.testsupport.MutableClock;

/**
 * A health office user of 佐久 is called about a child of 松本: she states why, sees the emergency
 * information for three hours, and the センター長 reviews the access afterwards.
 */
class EmergencyAccessTests {

	static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

	static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final CurrentUser OFFICE = new CurrentUser(UUID.randomUUID(), "office-07", "試験 事務所", Role.HEALTH_OFFICE,
			"佐久", null);

	final MutableClock clock = new MutableClock(NOW);

	@Test
	void isOpenFromTheGrantUntilTheDurationHasPassed() {
		EmergencyAccess access = EmergencyAccess.grant(CHILD, OFFICE, "救急搬送の問い合わせ", clock.instant(),
				Duration.ofHours(3));

		assertThat(access.isActiveAt(clock.instant())).isTrue();
		clock.advance(Duration.ofHours(3).minusSeconds(1));
		assertThat(access.isActiveAt(clock.instant())).isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(access.isActiveAt(clock.instant())).isFalse();
		assertThat(access.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
	}

	@Test
	void recordsWhoAskedAndTheReasonWithoutSurroundingSpaces() {
		EmergencyAccess access = EmergencyAccess.grant(CHILD, OFFICE, "  停電で機器の確認  ", NOW, Duration.ofHours(3));

		assertThat(access.getUsername()).isEqualTo("office-07");
		assertThat(access.getUserRole()).isEqualTo(Role.HEALTH_OFFICE);
		assertThat(access.getReason()).isEqualTo("停電で機器の確認");
		assertThat(access.isReviewed()).isFalse();
	}

	@Test
	void refusesAnAccessWithoutReason() {
		assertThatThrownBy(() -> EmergencyAccess.grant(CHILD, OFFICE, " ", NOW, Duration.ofHours(3)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> EmergencyAccess.grant(CHILD, OFFICE, null, NOW, Duration.ofHours(3)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> EmergencyAccess.grant(CHILD, OFFICE, "理".repeat(501), NOW, Duration.ofHours(3)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesRolesThatDoNotActInEmergencies() {
		for (Role role : new Role[] { Role.CLERK, Role.PREFECTURE, Role.ADMIN, Role.INSTITUTION }) {
			CurrentUser user = new CurrentUser(UUID.randomUUID(), "u", "試験", role, null,
					role == Role.INSTITUTION ? "架空病院" : null);
			assertThatThrownBy(() -> EmergencyAccess.grant(CHILD, user, "理由", NOW, Duration.ofHours(3)))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void isReviewedOnceWithAnOptionalComment() {
		EmergencyAccess access = EmergencyAccess.grant(CHILD, OFFICE, "救急搬送", NOW, Duration.ofHours(3));

		access.markReviewed("director", NOW.plusSeconds(86_400), "  ");

		assertThat(access.isReviewed()).isTrue();
		assertThat(access.getReviewedBy()).isEqualTo("director");
		assertThat(access.getReviewComment()).isNull();
		assertThatThrownBy(() -> access.markReviewed("director", NOW.plusSeconds(90_000), "再確認"))
			.isInstanceOf(IllegalStateException.class);
	}
}

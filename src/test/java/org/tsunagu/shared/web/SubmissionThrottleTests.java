package org.tsunagu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.MutableClock;

class SubmissionThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));

	private final SubmissionThrottle throttle = new SubmissionThrottle(3, Duration.ofMinutes(10), clock);

	@Test
	void letsASenderThroughUpToTheLimitThenRefuses() {
		assertThat(throttle.tryAcquire("192.0.2.1")).isTrue();
		assertThat(throttle.tryAcquire("192.0.2.1")).isTrue();
		assertThat(throttle.tryAcquire("192.0.2.1")).isTrue();
		assertThat(throttle.tryAcquire("192.0.2.1")).isFalse();
	}

	@Test
	void countsEachSenderSeparately() {
		for (int i = 0; i < 3; i++) {
			throttle.tryAcquire("192.0.2.1");
		}
		assertThat(throttle.tryAcquire("192.0.2.2")).isTrue();
	}

	@Test
	void letsTheSenderThroughAgainOnceTheWindowHasPassed() {
		for (int i = 0; i < 3; i++) {
			throttle.tryAcquire("192.0.2.1");
		}
		clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(throttle.tryAcquire("192.0.2.1")).isTrue();
	}

	@Test
	void doesNotCountRefusedAttempts() {
		for (int i = 0; i < 3; i++) {
			throttle.tryAcquire("192.0.2.1");
			clock.advance(Duration.ofMinutes(1));
		}
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.tryAcquire("192.0.2.1")).isFalse();
		}
		// The first accepted attempt leaves the window 10 minutes after it; refused ones never entered it.
		clock.advance(Duration.ofMinutes(7).plusSeconds(1));
		assertThat(throttle.tryAcquire("192.0.2.1")).isTrue();
		assertThat(throttle.tryAcquire("192.0.2.1")).isFalse();
	}

	@Test
	void refusesASenselessLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SubmissionThrottle(0, Duration.ofMinutes(1), clock));
		assertThatIllegalArgumentException().isThrownBy(() -> new SubmissionThrottle(1, Duration.ZERO, clock));
	}

	@Test
	void countsRecordedEventsSeparatelyFromTheCheck() {
		assertThat(throttle.allows("192.0.2.9")).isTrue();
		for (int i = 0; i < 3; i++) {
			throttle.record("192.0.2.9");
		}
		assertThat(throttle.allows("192.0.2.9")).isFalse();
		assertThat(throttle.allows("192.0.2.9")).as("checking does not count").isFalse();
		clock.advance(Duration.ofMinutes(11));
		assertThat(throttle.allows("192.0.2.9")).isTrue();
	}
}

package org.tsunagu.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tsunagu.notification.MailStatus;

class OutboxMailTests {

	private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

	private final OutboxMail mail = new OutboxMail("hanako@example.jp", "test/greeting",
			new RenderedMail("件名", "本文\n"), NOW);

	@Test
	void isDueAtOnceWhenQueued() {
		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
	}

	@Test
	void waitsTwiceAsLongAfterEachFailure() {
		mail.markFailedAttempt("connection refused", NOW, 4, Duration.ofMinutes(1));
		assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		mail.markFailedAttempt("connection refused", NOW, 4, Duration.ofMinutes(1));
		assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
		mail.markFailedAttempt("connection refused", NOW, 4, Duration.ofMinutes(1));
		assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.getAttempts()).isEqualTo(3);
	}

	@Test
	void givesUpAfterTheLastAttemptAndCanBeSentAgainByHand() {
		for (int i = 0; i < 3; i++) {
			mail.markFailedAttempt("550 mailbox unavailable", NOW, 3, Duration.ofMinutes(1));
		}
		assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(mail.getLastError()).isEqualTo("550 mailbox unavailable");

		mail.retry(NOW.plusSeconds(60));
		assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.getAttempts()).isZero();
		assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void isNotSentTwice() {
		mail.markSent(NOW);
		assertThat(mail.getDeliveredAt()).isEqualTo(NOW);
		assertThatIllegalStateException().isThrownBy(() -> mail.markSent(NOW)).withMessageContaining("SENT");
	}

	@Test
	void refusesToRetryAMailThatHasNotFailed() {
		assertThatIllegalStateException().isThrownBy(() -> mail.retry(NOW)).withMessageContaining("PENDING");
	}

	@Test
	void keepsOnlyTheStartOfALongError() {
		mail.markFailedAttempt("x".repeat(2_000), NOW, 5, Duration.ofMinutes(1));
		assertThat(mail.getLastError()).hasSize(500);
	}

	@Test
	void masksTheRecipientForLogsAndScreens() {
		assertThat(OutboxDispatcher.masked("hanako@example.jp")).isEqualTo("h***@example.jp");
		assertThat(OutboxDispatcher.masked("broken")).isEqualTo("***");
	}
}

package org.tsunagu.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.notification.Mail;
import org.tsunagu.notification.MailOutbox;
import org.tsunagu.notification.MailStatus;
import org.tsunagu.notification.Notifications;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.MutableClock;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * Mails are sent after the change that causes them commits, never for a rolled-back change, and retried when
 * the mail server is down — against a real SMTP server in the test (GreenMail).
 */
@DatabaseTest
@Import(NotificationsIT.Clocks.class)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=" + NotificationsIT.SMTP_PORT,
		"tsunagu.notification.dispatch-interval=1h", "tsunagu.notification.max-attempts=2" })
class NotificationsIT {

	static final int SMTP_PORT = 39025;

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	OutboxMailRepository outbox;

	@Autowired
	MailOutbox administration;

	@Autowired
	MutableClock clock;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void sendsAJapaneseMailAfterTheChangeCommits() throws Exception {
		UUID id = inTransaction(() -> notifications.send(greeting("hanako@example.jp")));

		assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(1);

		MimeMessage[] received = smtp.getReceivedMessagesForDomain("hanako@example.jp");
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("見本 花子様 お申し込みを受け付けました");
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
		assertThat(received[0].getContent().toString()).contains("受付番号 T-2026-000123")
			.contains("ご返信いただいてもお答えできません");
		assertThat(outbox.findById(id)).get().extracting(OutboxMail::getStatus).isEqualTo(MailStatus.SENT);
		assertThat(dispatcher.dispatchDue()).isZero();
	}

	@Test
	void sendsNothingForAChangeThatWasRolledBack() {
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		transaction.executeWithoutResult(status -> {
			notifications.send(greeting("rollback@example.jp"));
			status.setRollbackOnly();
		});

		dispatcher.dispatchDue();

		assertThat(smtp.getReceivedMessagesForDomain("rollback@example.jp")).isEmpty();
	}

	@Test
	void retriesLaterWhenTheMailServerIsDownAndGivesUpAfterTheLastAttempt() {
		smtp.stop();
		UUID id = inTransaction(() -> notifications.send(greeting("retry@example.jp")));

		dispatcher.dispatchDue();
		OutboxMail afterFirst = outbox.findById(id).orElseThrow();
		assertThat(afterFirst.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(afterFirst.getAttempts()).isEqualTo(1);
		assertThat(afterFirst.getNextAttemptAt()).isAfter(clock.instant());

		dispatcher.dispatchDue();
		assertThat(outbox.findById(id).orElseThrow().getAttempts()).as("not due yet").isEqualTo(1);

		clock.advance(Duration.ofMinutes(2));
		dispatcher.dispatchDue();
		assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(MailStatus.FAILED);
		assertThat(administration.recent(MailStatus.FAILED)).anySatisfy(entry -> {
			assertThat(entry.id()).isEqualTo(id);
			assertThat(entry.maskedRecipient()).isEqualTo("r***@example.jp");
		});

		smtp.start();
		inTransaction(() -> {
			administration.retry(id);
			return id;
		});
		dispatcher.dispatchDue();
		assertThat(smtp.getReceivedMessagesForDomain("retry@example.jp")).hasSize(1);
	}

	@Test
	void refusesAMissingTemplateWhenQueued() {
		assertThatIllegalArgumentException().isThrownBy(() -> inTransaction(
				() -> notifications.send(Mail.japanese("hanako@example.jp", "test/no-such-template", Map.of()))));
		assertThatIllegalArgumentException().isThrownBy(() -> inTransaction(
				() -> notifications.send(Mail.japanese("hanako@example.jp", "test/no-subject", Map.of()))));
	}

	@Test
	void purgesDeliveredMailsAfterTheRetention() {
		UUID id = inTransaction(() -> notifications.send(greeting("purge@example.jp")));
		dispatcher.dispatchDue();
		assertThat(dispatcher.purgeDelivered()).as("still within the retention").isZero();

		clock.advance(Duration.ofDays(31));
		assertThat(dispatcher.purgeDelivered()).isGreaterThanOrEqualTo(1);
		assertThat(outbox.findById(id)).isEmpty();
	}

	private static Mail greeting(String to) {
		return Mail.japanese(to, "test/greeting", Map.of("name", "見本 花子", "reference", "T-2026-000123"));
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(transactionManager).execute(status -> work.get());
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now());
		}
	}
}

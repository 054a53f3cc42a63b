package org.tsunagu.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.notification.MailStatus;
import org.tsunagu.shared.SchedulerLocks;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends what is due in the outbox, one mail per transaction, so a failure of one mail never loses or repeats
 * another. Without a mail server ({@code spring.mail.host} unset) mails are written to the log.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private static final int BATCH = 50;

	private final OutboxMailRepository outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean logBody;

	OutboxDispatcher(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> mailSender,
			NotificationSettings settings, PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock,
			@Value("${tsunagu.notification.log-body:false}") boolean logBody) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.logBody = logBody;
	}

	/**
	 * Sends every mail that is due; answers how many were handled. Runs on a schedule and may be called directly.
	 * Every node runs it: each mail is taken with a row lock that another node skips, and a sent mail is no longer
	 * pending, so two nodes share the work and never send a mail twice.
	 */
	@Scheduled(fixedDelayString = "${tsunagu.notification.dispatch-interval:15s}",
			initialDelayString = "${tsunagu.notification.dispatch-interval:15s}")
	public int dispatchDue() {
		List<UUID> due = transactions
			.execute(status -> outbox.findDue(MailStatus.PENDING, clock.instant(), Limit.of(BATCH)));
		int handled = 0;
		for (UUID id : due == null ? List.<UUID>of() : due) {
			Boolean done = transactions.execute(status -> outbox.lockPending(id).map(this::deliver).orElse(false));
			if (Boolean.TRUE.equals(done)) {
				handled++;
			}
		}
		return handled;
	}

	/** The nightly purge, on one node only (a second run would find nothing more to delete). */
	@Scheduled(cron = "${tsunagu.notification.purge-cron:0 30 3 * * *}", zone = "Asia/Tokyo")
	@SchedulerLock(name = "notification-purge", lockAtLeastFor = SchedulerLocks.AT_LEAST_FOR,
			lockAtMostFor = SchedulerLocks.AT_MOST_FOR)
	void purgeOnSchedule() {
		purgeDelivered();
	}

	/** Purges delivered mails after the retention: they may hold personal details that are no longer needed. */
	public int purgeDelivered() {
		Instant before = clock.instant().minus(settings.retention());
		Integer purged = transactions.execute(status -> outbox
			.deleteByStatusInAndCreatedAtBefore(List.of(MailStatus.SENT, MailStatus.LOGGED), before));
		return purged == null ? 0 : purged;
	}

	private boolean deliver(OutboxMail mail) {
		Instant now = clock.instant();
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.info("Mail not sent (no mail server configured) to {}: {}{}", masked(mail.getRecipient()),
					mail.getSubject(), logBody ? "\n" + mail.getBody() : "");
			mail.markLogged(now);
			return true;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(settings.from());
			helper.setTo(mail.getRecipient());
			helper.setSubject(mail.getSubject());
			helper.setText(mail.getBody(), false);
			sender.send(message);
			mail.markSent(now);
		}
		catch (MailException | MessagingException failure) {
			log.warn("Mail {} to {} failed (attempt {}): {}", mail.getId(), masked(mail.getRecipient()),
					mail.getAttempts() + 1, failure.getMessage());
			mail.markFailedAttempt(String.valueOf(failure.getMessage()), now, settings.maxAttempts(),
					settings.firstRetryDelay());
		}
		return true;
	}

	/** {@code hanako@example.jp} → {@code h***@example.jp}: enough to tell mails apart in a log, not to read. */
	static String masked(String address) {
		int at = address.indexOf('@');
		return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
	}
}

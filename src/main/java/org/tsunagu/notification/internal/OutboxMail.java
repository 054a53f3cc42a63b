package org.tsunagu.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.tsunagu.notification.MailStatus;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One e-mail in the outbox with its delivery state. */
@Entity
@Table(name = "notification_outbox")
class OutboxMail extends AuditedEntity {

	@Column(nullable = false, length = 254)
	private String recipient;

	@Column(nullable = false, length = 100)
	private String template;

	@Column(nullable = false, length = 300)
	private String subject;

	@Column(nullable = false, length = 10000)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MailStatus status = MailStatus.PENDING;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "last_error", length = 500)
	private @Nullable String lastError;

	@Column(name = "delivered_at")
	private @Nullable Instant deliveredAt;

	protected OutboxMail() {
		this.recipient = "";
		this.template = "";
		this.subject = "";
		this.body = "";
		this.nextAttemptAt = Instant.EPOCH;
	}

	OutboxMail(String recipient, String template, RenderedMail rendered, Instant now) {
		this.recipient = recipient;
		this.template = template;
		this.subject = rendered.subject();
		this.body = rendered.body();
		this.nextAttemptAt = stored(now);
	}

	/** The mail server accepted it. */
	void markSent(Instant now) {
		requirePending();
		this.status = MailStatus.SENT;
		this.attempts++;
		this.deliveredAt = now;
		this.lastError = null;
	}

	/** No mail server: it went to the log. */
	void markLogged(Instant now) {
		requirePending();
		this.status = MailStatus.LOGGED;
		this.deliveredAt = now;
	}

	/**
	 * The mail server refused or could not be reached: try again later, waiting twice as long each time, or
	 * give up after {@code maxAttempts}.
	 */
	void markFailedAttempt(String error, Instant now, int maxAttempts, Duration firstDelay) {
		requirePending();
		this.attempts++;
		this.lastError = error.length() > 500 ? error.substring(0, 500) : error;
		if (attempts >= maxAttempts) {
			this.status = MailStatus.FAILED;
		}
		else {
			this.nextAttemptAt = stored(now.plus(firstDelay.multipliedBy(1L << Math.min(attempts - 1, 16))));
		}
	}

	/** An administrator sends a failed mail again. */
	void retry(Instant now) {
		if (status != MailStatus.FAILED) {
			throw new IllegalStateException("Only a failed mail can be sent again; this one is " + status);
		}
		this.status = MailStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = stored(now);
	}

	/**
	 * The databases keep microseconds and may round a nanosecond instant up, which would put a mail due "now"
	 * a fraction after now; truncating keeps it due.
	 */
	private static Instant stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private void requirePending() {
		if (status != MailStatus.PENDING) {
			throw new IllegalStateException("The mail is no longer waiting to be sent; it is " + status);
		}
	}

	String getRecipient() {
		return recipient;
	}

	String getTemplate() {
		return template;
	}

	String getSubject() {
		return subject;
	}

	String getBody() {
		return body;
	}

	MailStatus getStatus() {
		return status;
	}

	int getAttempts() {
		return attempts;
	}

	Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	@Nullable
	String getLastError() {
		return lastError;
	}

	@Nullable
	Instant getDeliveredAt() {
		return deliveredAt;
	}
}

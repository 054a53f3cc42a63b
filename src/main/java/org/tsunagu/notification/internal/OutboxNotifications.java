package org.tsunagu.notification.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.notification.Mail;
import org.tsunagu.notification.Notifications;

/** Queues mails in the outbox, in the caller's transaction. */
@Service
class OutboxNotifications implements Notifications {

	private final OutboxMailRepository outbox;

	private final MailRenderer renderer;

	private final Clock clock;

	OutboxNotifications(OutboxMailRepository outbox, MailRenderer renderer, ObjectProvider<Clock> clock) {
		this.outbox = outbox;
		this.renderer = renderer;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	@Transactional
	public UUID send(Mail mail) {
		RenderedMail rendered = renderer.render(mail);
		return outbox.save(new OutboxMail(mail.to(), mail.template(), rendered, clock.instant())).getId();
	}
}

package org.tsunagu.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.notification.MailOutbox;
import org.tsunagu.notification.MailStatus;
import org.tsunagu.notification.OutboxEntry;
import org.tsunagu.shared.RecordNotFoundException;

@Service
class OutboxAdministration implements MailOutbox {

	private final OutboxMailRepository outbox;

	private final AuditLog audit;

	private final Clock clock;

	OutboxAdministration(OutboxMailRepository outbox, AuditLog audit, ObjectProvider<Clock> clock) {
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OutboxEntry> recent(@Nullable MailStatus status) {
		List<OutboxMail> mails = status == null ? outbox.findTop200ByOrderByCreatedAtDesc()
				: outbox.findTop200ByStatusOrderByCreatedAtDesc(status);
		return mails.stream().map(OutboxAdministration::entry).toList();
	}

	@Override
	@Transactional
	public void retry(UUID id) {
		OutboxMail mail = outbox.findById(id).orElseThrow(() -> new RecordNotFoundException("OutboxMail", id));
		mail.retry(clock.instant());
		audit.record(AuditAction.UPDATE, "OutboxMail", id.toString(), "retry");
	}

	private static OutboxEntry entry(OutboxMail mail) {
		return new OutboxEntry(mail.getId(), OutboxDispatcher.masked(mail.getRecipient()), mail.getTemplate(),
				mail.getSubject(), mail.getStatus(), mail.getAttempts(), mail.getLastError(),
				java.util.Objects.requireNonNull(mail.getCreatedAt()), mail.getDeliveredAt());
	}
}

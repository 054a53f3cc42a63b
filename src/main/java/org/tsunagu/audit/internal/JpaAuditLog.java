package org.tsunagu.audit.internal;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.shared.CurrentAuditor;

/**
 * Writes audit entries to the database. An entry joins the caller's transaction, so a change that is rolled
 * back leaves no line behind; without a transaction it gets its own. Entries of reads (from read-only
 * transactions) are written behind the request by {@link AuditWriteBehind}.
 */
@Service
class JpaAuditLog implements AuditLog {

	private final AuditEntryRepository entries;

	private final Clock clock;

	private final TransactionTemplate joining;

	private final TransactionTemplate separate;

	private final AuditWriteBehind writeBehind;

	JpaAuditLog(AuditEntryRepository entries, Clock clock, PlatformTransactionManager transactions,
			AuditWriteBehind writeBehind) {
		this.entries = entries;
		this.writeBehind = writeBehind;
		this.clock = clock;
		this.joining = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void record(AuditAction action, String targetType, @Nullable String targetId, @Nullable String detail) {
		recordAs(CurrentAuditor.currentUsername(), action, targetType, targetId, detail);
	}

	/**
	 * Appends an entry for a named actor: security events arrive before the user is in the security context
	 * (login) or after they left it (logout).
	 */
	void recordAs(String actor, AuditAction action, String targetType, @Nullable String targetId,
			@Nullable String detail) {
		AuditEntry entry = new AuditEntry(clock.instant(), actor, action, targetType, targetId, detail,
				remoteAddress());
		// Reads (READ) are audited from read-only transactions, where Hibernate would not flush the insert (H2)
		// or the database would refuse it (PostgreSQL); a read has nothing to roll back, so its entry is written
		// behind the request in batches, or, when the queue cannot take it, in a separate transaction now.
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			if (!writeBehind.offer(entry)) {
				separate.executeWithoutResult(status -> entries.save(entry));
			}
			return;
		}
		joining.executeWithoutResult(status -> entries.save(entry));
	}

	// The container's address, not X-Forwarded-For: behind a proxy, server.forward-headers-strategy puts the
	// client's address here, and a header sent by the client itself must not be trusted.
	private static @Nullable String remoteAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}
}

package org.tsunagu.audit.internal;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditEntryView;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * One line of the audit log. Append-only: every field is set once in the constructor, there are no setters,
 * and Hibernate treats the entity as {@link Immutable} so not even a managed instance can be changed.
 */
@Entity
@Table(name = "audit_entries")
@Immutable
class AuditEntry implements Persistable<UUID> {

	static final int ACTOR_LENGTH = 100;

	static final int TARGET_LENGTH = 100;

	static final int DETAIL_LENGTH = 500;

	static final int ADDRESS_LENGTH = 64;

	@Id
	private UUID id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 30)
	private AuditAction action;

	@Column(name = "target_type", nullable = false, updatable = false, length = TARGET_LENGTH)
	private String targetType;

	@Column(name = "target_id", updatable = false, length = TARGET_LENGTH)
	private @Nullable String targetId;

	@Column(updatable = false, length = DETAIL_LENGTH)
	private @Nullable String detail;

	@Column(name = "remote_address", updatable = false, length = ADDRESS_LENGTH)
	private @Nullable String remoteAddress;

	// The id is assigned here, so Spring Data cannot tell a new entry by a null id; without this flag it would
	// merge (select, then insert) instead of persisting.
	@Transient
	private boolean stored;

	protected AuditEntry() {
		this.id = UUID.randomUUID();
		this.occurredAt = Instant.EPOCH;
		this.actor = "";
		this.action = AuditAction.READ;
		this.targetType = "";
	}

	AuditEntry(Instant occurredAt, String actor, AuditAction action, String targetType, @Nullable String targetId,
			@Nullable String detail, @Nullable String remoteAddress) {
		this.id = UUID.randomUUID();
		this.occurredAt = occurredAt;
		this.actor = Truncation.truncate(actor, ACTOR_LENGTH);
		this.action = action;
		this.targetType = Truncation.truncate(targetType, TARGET_LENGTH);
		this.targetId = Truncation.truncateNullable(targetId, TARGET_LENGTH);
		this.detail = Truncation.truncateNullable(detail, DETAIL_LENGTH);
		this.remoteAddress = Truncation.truncateNullable(remoteAddress, ADDRESS_LENGTH);
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return !stored;
	}

	@PostPersist
	@PostLoad
	void markStored() {
		this.stored = true;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

	String getActor() {
		return actor;
	}

	AuditAction getAction() {
		return action;
	}

	String getTargetType() {
		return targetType;
	}

	@Nullable
	String getTargetId() {
		return targetId;
	}

	@Nullable
	String getDetail() {
		return detail;
	}

	@Nullable
	String getRemoteAddress() {
		return remoteAddress;
	}

	AuditEntryView toView() {
		return new AuditEntryView(id, occurredAt, actor, action, targetType, targetId, detail, remoteAddress);
	}
}

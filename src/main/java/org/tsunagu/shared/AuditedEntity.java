package org.tsunagu.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Base of every editable entity: a UUID id assigned on creation, an optimistic-locking version, and who
 * created and last changed the row, when (UTC).
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

	@Id
	private UUID id = UUID.randomUUID();

	@Version
	private long version;

	@CreatedDate
	@Column(name = "created_at", nullable = false, updatable = false)
	private @Nullable Instant createdAt;

	@CreatedBy
	@Column(name = "created_by", nullable = false, updatable = false, length = 100)
	private @Nullable String createdBy;

	@LastModifiedDate
	@Column(name = "updated_at", nullable = false)
	private @Nullable Instant updatedAt;

	@LastModifiedBy
	@Column(name = "updated_by", nullable = false, length = 100)
	private @Nullable String updatedBy;

	public UUID getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public @Nullable Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable String getCreatedBy() {
		return createdBy;
	}

	public @Nullable Instant getUpdatedAt() {
		return updatedAt;
	}

	public @Nullable String getUpdatedBy() {
		return updatedBy;
	}

	/**
	 * Rejects a change made from a form or API call that read an older version of this record.
	 *
	 * @throws StaleRecordException when {@code expectedVersion} is not the current version
	 */
	public void checkVersion(long expectedVersion) {
		if (expectedVersion != version) {
			throw new StaleRecordException(getClass().getSimpleName(), id, expectedVersion, version);
		}
	}

	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof AuditedEntity that && getClass() == that.getClass()
				&& Objects.equals(id, that.id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}
}

package org.tsunagu.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use recovery code, kept only as a hash. */
@Entity
@Table(name = "identity_recovery_codes")
class RecoveryCode {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(name = "code_hash", nullable = false, length = 200)
	private String codeHash;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	protected RecoveryCode() {
		this.userId = new UUID(0, 0);
		this.codeHash = "";
	}

	RecoveryCode(UUID userId, String codeHash) {
		this.userId = userId;
		this.codeHash = codeHash;
	}

	void use(Instant at) {
		if (usedAt != null) {
			throw new IllegalStateException("The recovery code was already used");
		}
		this.usedAt = at;
	}

	String getCodeHash() {
		return codeHash;
	}

	@Nullable
	Instant getUsedAt() {
		return usedAt;
	}
}

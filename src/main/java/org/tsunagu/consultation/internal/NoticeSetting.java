package org.tsunagu.consultation.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One user's opt-in to case notices by e-mail; the id is the user's id.
 */
@Entity
@Table(name = "consultation_notice_settings")
class NoticeSetting {

	@Id
	@Column(name = "user_id")
	private UUID userId = new UUID(0, 0);

	@Version
	private long version;

	@Column(nullable = false, length = 254)
	private String email = "";

	@Column(name = "on_assignment", nullable = false)
	private boolean onAssignment;

	@Column(name = "on_overdue", nullable = false)
	private boolean onOverdue;

	protected NoticeSetting() {
	}

	NoticeSetting(UUID userId) {
		this.userId = userId;
	}

	void change(String email, boolean onAssignment, boolean onOverdue) {
		this.email = email.strip();
		this.onAssignment = onAssignment;
		this.onOverdue = onOverdue;
	}

	UUID getUserId() {
		return userId;
	}

	String getEmail() {
		return email;
	}

	boolean isOnAssignment() {
		return onAssignment;
	}

	boolean isOnOverdue() {
		return onOverdue;
	}
}

package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.TransitionTopic;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One item of a child's 移行期 checklist.
 */
@Entity
@Table(name = "registry_transition_items")
class TransitionItem extends AuditedEntity {

	@Column(name = "child_id", nullable = false, updatable = false)
	private UUID childId = new UUID(0, 0);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30, updatable = false)
	private TransitionTopic topic = TransitionTopic.ADULT_CARE_REFERRAL;

	@Column(nullable = false)
	private boolean done;

	@Column(name = "done_on")
	private @Nullable LocalDate doneOn;

	protected TransitionItem() {
	}

	TransitionItem(UUID childId, TransitionTopic topic) {
		this.childId = childId;
		this.topic = topic;
	}

	/** Marks the item done on a day (today when none is given), or open again. */
	void mark(boolean isDone, @Nullable LocalDate on, LocalDate today) {
		done = isDone;
		doneOn = isDone ? (on == null ? today : on) : null;
	}

	UUID getChildId() {
		return childId;
	}

	TransitionTopic getTopic() {
		return topic;
	}

	boolean isDone() {
		return done;
	}

	@Nullable
	LocalDate getDoneOn() {
		return doneOn;
	}
}

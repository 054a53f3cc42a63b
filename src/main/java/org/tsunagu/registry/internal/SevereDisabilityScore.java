package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.SevereDisabilityClass;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An old 判定スコア (超重症児・準超重症児) of a child. Stored apart from the 医療的ケア判定スコア because it is a
 * different instrument with different uses; like assessments, it is only ever added.
 */
@Entity
@Table(name = "registry_severe_scores")
class SevereDisabilityScore extends AuditedEntity {

	/** The highest total the old sheet allows is well below this; larger numbers are typing errors. */
	static final int MAX_TOTAL = 200;

	@Column(name = "child_id", nullable = false, updatable = false)
	private UUID childId = new UUID(0, 0);

	@Column(name = "scored_on", nullable = false, updatable = false)
	private LocalDate scoredOn = LocalDate.EPOCH;

	@Column(nullable = false, updatable = false)
	private int total;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20, updatable = false)
	private SevereDisabilityClass classification = SevereDisabilityClass.OTHER;

	@Column(length = 1000, updatable = false)
	private @Nullable String notes;

	protected SevereDisabilityScore() {
	}

	SevereDisabilityScore(UUID childId, LocalDate scoredOn, int total, @Nullable String notes) {
		if (total < 0 || total > MAX_TOTAL) {
			throw new IllegalArgumentException("Old score total must be 0 to " + MAX_TOTAL + ", was " + total);
		}
		this.childId = childId;
		this.scoredOn = scoredOn;
		this.total = total;
		this.classification = SevereDisabilityClass.of(total);
		this.notes = notes;
	}

	UUID getChildId() {
		return childId;
	}

	LocalDate getScoredOn() {
		return scoredOn;
	}

	int getTotal() {
		return total;
	}

	SevereDisabilityClass getClassification() {
		return classification;
	}

	@Nullable
	String getNotes() {
		return notes;
	}
}

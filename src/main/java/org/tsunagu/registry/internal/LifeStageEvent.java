package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.LifeStage;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A recorded stage of a child's life: when it was planned and when it happened.
 */
@Entity
@Table(name = "registry_life_stage_events")
class LifeStageEvent extends AuditedEntity {

	@Column(name = "child_id", nullable = false, updatable = false)
	private UUID childId = new UUID(0, 0);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private LifeStage stage = LifeStage.HOME_CARE_START;

	@Column(name = "planned_date")
	private @Nullable LocalDate plannedDate;

	@Column(name = "actual_date")
	private @Nullable LocalDate actualDate;

	@Column(length = 1000)
	private @Nullable String notes;

	protected LifeStageEvent() {
	}

	LifeStageEvent(UUID childId, LifeStage stage, @Nullable LocalDate plannedDate) {
		this.childId = childId;
		this.stage = stage;
		this.plannedDate = plannedDate;
	}

	/** Records when the stage happened; it cannot lie in the future. */
	void happened(LocalDate on, @Nullable String notes, LocalDate today) {
		if (on.isAfter(today)) {
			throw new IllegalArgumentException("A stage cannot have happened after today: " + on);
		}
		this.actualDate = on;
		this.notes = notes;
	}

	UUID getChildId() {
		return childId;
	}

	LifeStage getStage() {
		return stage;
	}

	@Nullable
	LocalDate getPlannedDate() {
		return plannedDate;
	}

	@Nullable
	LocalDate getActualDate() {
		return actualDate;
	}

	@Nullable
	String getNotes() {
		return notes;
	}
}

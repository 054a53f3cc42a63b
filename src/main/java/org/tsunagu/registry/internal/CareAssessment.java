package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.CareDevice;
import org.tsunagu.registry.CareScore;
import org.tsunagu.registry.CareScoreRow;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A dated 医療的ケア判定スコア assessment of a child with the score the system computed and the devices in
 * use. It has no methods that change it: a correction is a new assessment, so the history is never
 * rewritten.
 */
@Entity
@Table(name = "registry_care_assessments")
class CareAssessment extends AuditedEntity {

	@Column(name = "child_id", nullable = false, updatable = false)
	private UUID childId = new UUID(0, 0);

	@Column(name = "assessed_on", nullable = false, updatable = false)
	private LocalDate assessedOn = LocalDate.EPOCH;

	@Column(name = "assessed_by", length = 200, updatable = false)
	private @Nullable String assessedBy;

	@Column(nullable = false, updatable = false)
	private int total;

	@Enumerated(EnumType.STRING)
	@Column(name = "care_class", nullable = false, length = 20, updatable = false)
	private CareClass careClass = CareClass.NONE;

	@Column(length = 1000, updatable = false)
	private @Nullable String notes;

	@ElementCollection
	@CollectionTable(name = "registry_care_assessment_items", joinColumns = @JoinColumn(name = "assessment_id"))
	@OrderColumn(name = "sort_order")
	private List<AssessedItem> items = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "registry_care_devices", joinColumns = @JoinColumn(name = "assessment_id"))
	@OrderColumn(name = "sort_order")
	private List<DeviceRecord> devices = new ArrayList<>();

	protected CareAssessment() {
	}

	CareAssessment(UUID childId, LocalDate assessedOn, @Nullable String assessedBy, CareScore score,
			List<CareDevice> devices, @Nullable String notes) {
		this.childId = childId;
		this.assessedOn = assessedOn;
		this.assessedBy = assessedBy;
		this.total = score.total();
		this.careClass = score.careClass();
		this.notes = notes;
		for (CareScoreRow row : score.rows()) {
			items.add(new AssessedItem(row.itemNo(), row.subItem(), row.level(), row.points()));
		}
		devices.forEach(device -> this.devices.add(new DeviceRecord(device)));
	}

	UUID getChildId() {
		return childId;
	}

	LocalDate getAssessedOn() {
		return assessedOn;
	}

	@Nullable
	String getAssessedBy() {
		return assessedBy;
	}

	int getTotal() {
		return total;
	}

	CareClass getCareClass() {
		return careClass;
	}

	@Nullable
	String getNotes() {
		return notes;
	}

	List<AssessedItem> getItems() {
		return List.copyOf(items);
	}

	List<CareDevice> getDevices() {
		return devices.stream().map(DeviceRecord::toDevice).toList();
	}
}

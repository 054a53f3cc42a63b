package org.tsunagu.information.internal;

import org.jspecify.annotations.Nullable;
import org.tsunagu.information.GapInput;
import org.tsunagu.information.GapStatus;
import org.tsunagu.information.GapView;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * 資源開拓: a resource missing in a 圏域, what is being done about it and where it is followed up.
 */
@Entity
@Table(name = "information_resource_gaps")
class ResourceGap extends AuditedEntity {

	@Column(name = "region_name", nullable = false, length = 50)
	private String regionName = "";

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(length = 4000)
	private @Nullable String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private GapStatus status = GapStatus.OPEN;

	@Column(length = 4000)
	private @Nullable String actions;

	@Column(name = "council_reference", length = 500)
	private @Nullable String councilReference;

	protected ResourceGap() {
	}

	ResourceGap(GapInput input) {
		apply(input);
	}

	void apply(GapInput input) {
		this.regionName = input.regionName();
		this.title = input.title().strip();
		this.description = blankToNull(input.description());
		this.status = input.status();
		this.actions = blankToNull(input.actions());
		this.councilReference = blankToNull(input.councilReference());
	}

	GapView view() {
		return new GapView(getId(), getVersion(), regionName, title, description, status, actions, councilReference,
				getUpdatedAt(), getUpdatedBy());
	}

	String getRegionName() {
		return regionName;
	}

	GapStatus getStatus() {
		return status;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

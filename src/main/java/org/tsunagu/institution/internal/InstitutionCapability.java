package org.tsunagu.institution.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.CapabilityInput;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Whether an institution accepts one 判定スコア category (1–14). A category without a row is 未確認.
 */
@Entity
@Table(name = "institution_capabilities")
class InstitutionCapability {

	@Id
	private UUID id = UUID.randomUUID();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "institution_id")
	private @Nullable Institution institution;

	@Column(name = "item_no", nullable = false)
	private int itemNo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Acceptance acceptance = Acceptance.DECLINES;

	@Column(length = 500)
	private @Nullable String notes;

	protected InstitutionCapability() {
	}

	InstitutionCapability(Institution institution, CapabilityInput input) {
		this.institution = institution;
		this.itemNo = input.itemNo();
		apply(input);
	}

	void apply(@Nullable CapabilityInput input) {
		if (input != null) {
			this.acceptance = input.acceptance();
			this.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
		}
	}

	/** Whether a child needing this care may be placed here. */
	boolean accepts() {
		return acceptance.isPossible();
	}

	CapabilityInput toInput() {
		return new CapabilityInput(itemNo, acceptance, notes);
	}

	int getItemNo() {
		return itemNo;
	}

	Acceptance getAcceptance() {
		return acceptance;
	}
}

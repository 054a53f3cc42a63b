package org.tsunagu.institution.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.LiaisonChannel;
import org.tsunagu.institution.LiaisonInput;
import org.tsunagu.shared.AuditedEntity;
import org.tsunagu.shared.KanaText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * 連携記録: one contact with an institution and what is still to be done after it. A due date needs a
 * follow-up, and a follow-up is done once.
 */
@Entity
@Table(name = "institution_liaisons")
class Liaison extends AuditedEntity {

	static final int CONTENT_MAX = 4000;

	@Column(name = "institution_id", nullable = false, updatable = false)
	private UUID institutionId = new UUID(0, 0);

	@Column(name = "contacted_on", nullable = false)
	private LocalDate contactedOn = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private LiaisonChannel channel = LiaisonChannel.OTHER;

	@Column(name = "staff_name", nullable = false, length = 100)
	private String staffName = "";

	@Column(name = "counterpart_name", length = 100)
	private @Nullable String counterpartName;

	@Column(nullable = false, length = 200)
	private String subject = "";

	@Column(nullable = false, length = CONTENT_MAX)
	private String content = "";

	@Column(name = "follow_up", length = 1000)
	private @Nullable String followUp;

	@Column(name = "follow_up_due")
	private @Nullable LocalDate followUpDue;

	@Column(name = "follow_up_done_on")
	private @Nullable LocalDate followUpDoneOn;

	@Column(name = "child_id")
	private @Nullable UUID childId;

	@Column(name = "consultation_id")
	private @Nullable UUID consultationId;

	protected Liaison() {
	}

	Liaison(UUID institutionId, LiaisonInput input) {
		this.institutionId = institutionId;
		apply(input);
	}

	/** Replaces what was recorded; a follow-up already done stays done unless its text changes. */
	void apply(LiaisonInput input) {
		String newFollowUp = blankToNull(input.followUp());
		if (newFollowUp == null && input.followUpDue() != null) {
			throw new IllegalArgumentException("A follow-up due date needs a follow-up");
		}
		if (input.subject().isBlank() || input.content().isBlank() || input.staffName().isBlank()) {
			throw new IllegalArgumentException("A liaison needs staff, subject and content");
		}
		if (newFollowUp == null || !newFollowUp.equals(followUp)) {
			this.followUpDoneOn = null;
		}
		this.contactedOn = input.contactedOn();
		this.channel = input.channel();
		this.staffName = KanaText.normalise(input.staffName()).strip();
		this.counterpartName = blankToNull(input.counterpartName());
		this.subject = KanaText.normalise(input.subject()).strip();
		this.content = input.content().strip();
		this.followUp = newFollowUp;
		this.followUpDue = input.followUpDue();
		this.childId = input.childId();
		this.consultationId = input.consultationId();
	}

	/**
	 * Marks the follow-up as done.
	 *
	 * @throws IllegalStateException when there is no follow-up or it is already done
	 */
	void completeFollowUp(LocalDate today) {
		if (followUp == null) {
			throw new IllegalStateException("Liaison " + getId() + " has no follow-up");
		}
		if (followUpDoneOn != null) {
			throw new IllegalStateException("The follow-up of liaison " + getId() + " was done on " + followUpDoneOn);
		}
		this.followUpDoneOn = today;
	}

	/** Whether an open follow-up is past its due date. */
	boolean isOverdue(LocalDate today) {
		return followUp != null && followUpDoneOn == null && followUpDue != null && followUpDue.isBefore(today);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : KanaText.normalise(text).strip();
	}

	UUID getInstitutionId() {
		return institutionId;
	}

	LocalDate getContactedOn() {
		return contactedOn;
	}

	LiaisonChannel getChannel() {
		return channel;
	}

	String getStaffName() {
		return staffName;
	}

	@Nullable String getCounterpartName() {
		return counterpartName;
	}

	String getSubject() {
		return subject;
	}

	String getContent() {
		return content;
	}

	@Nullable String getFollowUp() {
		return followUp;
	}

	@Nullable LocalDate getFollowUpDue() {
		return followUpDue;
	}

	@Nullable LocalDate getFollowUpDoneOn() {
		return followUpDoneOn;
	}

	@Nullable UUID getChildId() {
		return childId;
	}

	@Nullable UUID getConsultationId() {
		return consultationId;
	}
}

package org.tsunagu.council.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.council.ActionInput;
import org.tsunagu.council.ActionStatus;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * 宿題事項: what a council decided someone will do. It belongs to the agenda item it came from and stays on
 * the board across meetings until it is done.
 */
@Entity
@Table(name = "council_actions")
class ActionItem extends AuditedEntity {

	@Column(name = "council_id", nullable = false)
	private UUID councilId = new UUID(0, 0);

	@Column(name = "meeting_id", nullable = false)
	private UUID meetingId = new UUID(0, 0);

	@Column(name = "agenda_item_id", nullable = false)
	private UUID agendaItemId = new UUID(0, 0);

	@Column(nullable = false, length = 300)
	private String title = "";

	@Column(nullable = false, length = 200)
	private String owner = "";

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ActionStatus status = ActionStatus.OPEN;

	@Column(name = "done_on")
	private @Nullable LocalDate doneOn;

	protected ActionItem() {
	}

	ActionItem(UUID councilId, UUID meetingId, UUID agendaItemId, ActionInput input) {
		this.councilId = councilId;
		this.meetingId = meetingId;
		this.agendaItemId = agendaItemId;
		this.title = input.title().strip();
		this.owner = input.owner().strip();
		this.dueOn = input.dueOn();
	}

	/**
	 * Moves to another status; 完了 records the day, reopening clears it.
	 *
	 * @throws IllegalStateException when the item already has that status
	 */
	void changeStatus(ActionStatus next, LocalDate today) {
		if (next == status) {
			throw new IllegalStateException("The action is already " + status);
		}
		this.status = next;
		this.doneOn = next == ActionStatus.DONE ? today : null;
	}

	/** Whether it is still open after its due date. */
	boolean isOverdue(LocalDate today) {
		return status.isOpen() && dueOn != null && dueOn.isBefore(today);
	}

	UUID getCouncilId() {
		return councilId;
	}

	UUID getMeetingId() {
		return meetingId;
	}

	UUID getAgendaItemId() {
		return agendaItemId;
	}

	String getTitle() {
		return title;
	}

	String getOwner() {
		return owner;
	}

	@Nullable LocalDate getDueOn() {
		return dueOn;
	}

	ActionStatus getStatus() {
		return status;
	}

	@Nullable LocalDate getDoneOn() {
		return doneOn;
	}
}

package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.CaseEntryKind;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ContactInput;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A case (相談ケース): a consultation that needs follow-up. It guards its status (受付 → 対応中 → 経過観察 → 終結,
 * reopen), the close request waiting for approval and the hand-over to another 圏域, and writes every step on
 * its own timeline. Each refused step throws an {@link IllegalStateException} naming the current status.
 */
@Entity
@Table(name = "consultation_cases")
class ConsultationCase extends AuditedEntity {

	/** What replaces a free text when a record is anonymised after its retention period. */
	static final String ANONYMISED = "（保存期間経過により匿名化）";

	@Column(name = "consultation_id", nullable = false, updatable = false)
	private UUID consultationId = new UUID(0, 0);

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(name = "region_name", nullable = false, length = 50)
	private String regionName = "";

	@Column(name = "child_id")
	private @Nullable UUID childId;

	@Column(name = "owner_id", nullable = false)
	private UUID ownerId = new UUID(0, 0);

	@Column(name = "owner_name", nullable = false, length = 100)
	private String ownerName = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CaseStatus status = CaseStatus.RECEIVED;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CasePriority priority = CasePriority.NORMAL;

	@Column(name = "next_contact_due")
	private @Nullable LocalDate nextContactDue;

	@Column(name = "close_requested", nullable = false)
	private boolean closeRequested;

	@Column(name = "handover_region", length = 50)
	private @Nullable String handoverRegion;

	@Column(name = "opened_on", nullable = false)
	private LocalDate openedOn = LocalDate.EPOCH;

	@Column(name = "closed_on")
	private @Nullable LocalDate closedOn;

	@Column(name = "anonymised_at")
	private java.time.@Nullable Instant anonymisedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("occurredOn DESC, recordedAt DESC")
	private List<CaseEntry> timeline = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("done ASC, dueOn ASC")
	private List<CaseTask> tasks = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("uploadedAt DESC")
	private List<CaseDocument> documents = new ArrayList<>();

	protected ConsultationCase() {
	}

	ConsultationCase(UUID consultationId, String title, String regionName, @Nullable UUID childId, UUID ownerId,
			String ownerName, CasePriority priority, @Nullable LocalDate nextContactDue, Actor actor) {
		this.consultationId = consultationId;
		this.title = title.length() > 200 ? title.substring(0, 200) : title;
		this.regionName = regionName;
		this.childId = childId;
		this.ownerId = ownerId;
		this.ownerName = ownerName;
		this.priority = priority;
		this.nextContactDue = nextContactDue;
		this.openedOn = actor.today();
		log(CaseEntryKind.OPENED, "担当: " + ownerName, actor);
	}

	/** Whether the next contact is past due (before today in Japan) while the case is open. */
	boolean isOverdue(LocalDate today) {
		return status.isOpen() && nextContactDue != null && nextContactDue.isBefore(today);
	}

	void plan(CasePriority priority, @Nullable LocalDate nextContactDue) {
		requireOpen("plan");
		this.priority = priority;
		this.nextContactDue = nextContactDue;
	}

	/**
	 * Moves between 受付, 対応中 and 経過観察: 受付 → 対応中 → 経過観察 → 対応中.
	 *
	 * @throws IllegalStateException when the move is not allowed from the current status
	 */
	void changeStatus(CaseStatus target, Actor actor) {
		boolean allowed = switch (target) {
			case IN_PROGRESS -> status == CaseStatus.RECEIVED || status == CaseStatus.MONITORING;
			case MONITORING -> status == CaseStatus.IN_PROGRESS;
			case RECEIVED, CLOSED -> false;
		};
		if (!allowed || closeRequested) {
			throw refused("move to " + target);
		}
		status = target;
		log(CaseEntryKind.STATUS_CHANGED, target.name(), actor);
	}

	void recordContact(ContactInput contact, Actor actor) {
		requireOpen("record a contact");
		if (contact.content() == null || contact.content().isBlank()) {
			throw new IllegalArgumentException("A contact needs its content");
		}
		timeline.add(CaseEntry.contact(contact.occurredOn(), contact.channel(), contact.counterpart().strip(),
				contact.content().strip(), actor));
		if (contact.nextContactDue() != null) {
			nextContactDue = contact.nextContactDue();
		}
		if (status == CaseStatus.RECEIVED) {
			changeStatus(CaseStatus.IN_PROGRESS, actor);
		}
	}

	void reassign(UUID newOwnerId, String newOwnerName, String reason, Actor actor) {
		requireOpen("reassign");
		requireText(reason, "A reassignment needs a reason");
		String from = ownerName;
		ownerId = newOwnerId;
		ownerName = newOwnerName;
		log(CaseEntryKind.REASSIGNED, from + " → " + newOwnerName + "：" + reason.strip(), actor);
	}

	/** Asks to close; closes at once when no approval is required. Returns whether the case is now closed. */
	boolean requestClose(String comment, boolean approvalRequired, Actor actor) {
		requireOpen("request closing");
		if (closeRequested || handoverRegion != null) {
			throw refused("request closing");
		}
		if (!approvalRequired) {
			close(comment, actor);
			return true;
		}
		closeRequested = true;
		log(CaseEntryKind.CLOSE_REQUESTED, comment, actor);
		return false;
	}

	void approveClose(String comment, Actor actor) {
		requireCloseRequested("approve closing");
		closeRequested = false;
		close(comment, actor);
	}

	void returnClose(String comment, Actor actor) {
		requireCloseRequested("return the close request");
		requireText(comment, "Returning a close request needs a comment");
		closeRequested = false;
		log(CaseEntryKind.CLOSE_RETURNED, comment.strip(), actor);
	}

	void reopen(String reason, Actor actor) {
		if (status != CaseStatus.CLOSED) {
			throw refused("reopen");
		}
		requireText(reason, "Reopening needs a reason");
		status = CaseStatus.IN_PROGRESS;
		closedOn = null;
		log(CaseEntryKind.REOPENED, reason.strip(), actor);
	}

	void handOver(String toRegion, String reason, Actor actor) {
		requireOpen("hand over");
		if (handoverRegion != null || closeRequested || toRegion.equals(regionName)) {
			throw refused("hand over to " + toRegion);
		}
		requireText(reason, "A hand-over needs a reason");
		handoverRegion = toRegion;
		log(CaseEntryKind.HANDOVER_REQUESTED, regionName + " → " + toRegion + "：" + reason.strip(), actor);
	}

	void acceptHandover(UUID newOwnerId, String newOwnerName, String comment, Actor actor) {
		String to = requireHandover("accept the hand-over");
		log(CaseEntryKind.HANDOVER_ACCEPTED, regionName + " → " + to + "（担当: " + newOwnerName + "）" + suffix(comment),
				actor);
		regionName = to;
		handoverRegion = null;
		ownerId = newOwnerId;
		ownerName = newOwnerName;
	}

	void returnHandover(String comment, Actor actor) {
		String to = requireHandover("return the hand-over");
		requireText(comment, "Returning a hand-over needs a comment");
		handoverRegion = null;
		log(CaseEntryKind.HANDOVER_RETURNED, to + "：" + comment.strip(), actor);
	}

	CaseTask addTask(String title, @Nullable LocalDate dueOn, Actor actor) {
		requireOpen("add a task");
		CaseTask task = new CaseTask(title, dueOn);
		tasks.add(task);
		log(CaseEntryKind.TASK, "追加: " + task.getTitle(), actor);
		return task;
	}

	void completeTask(UUID taskId, Actor actor) {
		CaseTask task = tasks.stream()
			.filter(candidate -> candidate.getId().equals(taskId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Task " + taskId + " is not one of case " + getId()));
		task.complete(actor.name());
		log(CaseEntryKind.TASK, "完了: " + task.getTitle(), actor);
	}

	CaseDocument addDocument(String fileName, String contentType, long size, Actor actor) {
		CaseDocument document = new CaseDocument(fileName, contentType, size, actor);
		documents.add(document);
		log(CaseEntryKind.DOCUMENT, fileName, actor);
		return document;
	}

	/**
	 * Clears what identifies the people of a closed case once its retention period is over: the title, the
	 * timeline (contacts and comments), tasks and documents. The row, its 圏域 and dates stay for the statistics.
	 *
	 * @throws IllegalStateException when the case is open again or already anonymised
	 */
	void anonymise(java.time.Instant now) {
		if (status != CaseStatus.CLOSED || anonymisedAt != null) {
			throw refused("anonymise");
		}
		title = ANONYMISED;
		timeline.clear();
		tasks.clear();
		documents.clear();
		anonymisedAt = now;
	}

	/** Writes an event of another part of the module (a referral) on the timeline. */
	void note(CaseEntryKind kind, String content, Actor actor) {
		log(kind, content, actor);
	}

	private void close(String comment, Actor actor) {
		status = CaseStatus.CLOSED;
		closedOn = actor.today();
		log(CaseEntryKind.CLOSE_APPROVED, comment == null ? "" : comment.strip(), actor);
	}

	private void log(CaseEntryKind kind, String content, Actor actor) {
		timeline.add(CaseEntry.event(kind, content == null ? "" : content, actor));
	}

	private void requireOpen(String what) {
		if (!status.isOpen()) {
			throw refused(what);
		}
	}

	private void requireCloseRequested(String what) {
		if (!closeRequested) {
			throw refused(what);
		}
	}

	private String requireHandover(String what) {
		if (handoverRegion == null) {
			throw refused(what);
		}
		return handoverRegion;
	}

	private IllegalStateException refused(String what) {
		return new IllegalStateException("Case " + getId() + " is " + status + (closeRequested ? " (close requested)" : "")
				+ (handoverRegion != null ? " (handed to " + handoverRegion + ")" : "") + "; cannot " + what);
	}

	private static void requireText(@Nullable String text, String message) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(message);
		}
	}

	private static String suffix(@Nullable String comment) {
		return comment == null || comment.isBlank() ? "" : "：" + comment.strip();
	}

	UUID getConsultationId() {
		return consultationId;
	}

	String getTitle() {
		return title;
	}

	String getRegionName() {
		return regionName;
	}

	@Nullable UUID getChildId() {
		return childId;
	}

	UUID getOwnerId() {
		return ownerId;
	}

	String getOwnerName() {
		return ownerName;
	}

	CaseStatus getStatus() {
		return status;
	}

	CasePriority getPriority() {
		return priority;
	}

	@Nullable LocalDate getNextContactDue() {
		return nextContactDue;
	}

	boolean isCloseRequested() {
		return closeRequested;
	}

	@Nullable String getHandoverRegion() {
		return handoverRegion;
	}

	LocalDate getOpenedOn() {
		return openedOn;
	}

	@Nullable LocalDate getClosedOn() {
		return closedOn;
	}

	java.time.@Nullable Instant getAnonymisedAt() {
		return anonymisedAt;
	}

	List<CaseEntry> getTimeline() {
		return List.copyOf(timeline);
	}

	List<CaseTask> getTasks() {
		return List.copyOf(tasks);
	}

	List<CaseDocument> getDocuments() {
		return List.copyOf(documents);
	}
}

package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * 相談ケース: consultations that need follow-up, with an owner, a status, a next-contact date and a timeline.
 * Every method checks the caller's role and 圏域 (a health office works only on its own 圏域's cases) and
 * writes the audit log, reads included. Closing and hand-overs are in {@link CaseApprovals}.
 */
public interface CaseManagement {

	/**
	 * Opens a case from a consultation; the owner is the caller when {@code ownerId} is null.
	 *
	 * @throws IllegalStateException when the consultation already has a case
	 */
	UUID open(UUID consultationId, @Nullable UUID ownerId, CasePriority priority, @Nullable LocalDate nextContactDue);

	/** The case opened from a consultation, if any (and if the caller may see the consultation). */
	Optional<UUID> caseOf(UUID consultationId);

	/** One case with its timeline, tasks and documents; the read is audited. */
	CaseDetails get(UUID id);

	/**
	 * The cases the caller may see, filtered. The total is a capped count ({@code CappedPage}: at most 10,000,
	 * {@code totalCapped} beyond).
	 *
	 * @throws org.tsunagu.shared.PageBeyondCapException for a page that starts beyond the cap
	 */
	Page<CaseListItem> search(CaseFilter filter, Pageable pageable);

	/** Changes priority and next-contact date. */
	void plan(UUID id, long version, CasePriority priority, @Nullable LocalDate nextContactDue);

	/**
	 * Moves an open case between 受付, 対応中 and 経過観察 (closing goes through {@link CaseApprovals}).
	 *
	 * @throws IllegalStateException when the move is not allowed from the current status
	 */
	void changeStatus(UUID id, long version, CaseStatus target);

	/** Gives the case to another owner; the reason is recorded on the timeline. */
	void reassign(UUID id, long version, UUID ownerId, String reason);

	/** Adds a contact (対応記録) to the timeline; a case still 受付 moves to 対応中. */
	void recordContact(UUID id, ContactInput contact);

	/** Adds a task. */
	UUID addTask(UUID id, String title, @Nullable LocalDate dueOn);

	/** Marks a task done. */
	void completeTask(UUID id, UUID taskId);

	/** The users who may own cases of the 圏域 (center staff, and that 圏域's health office). */
	List<CaseOwnerChoice> owners(String regionName);
}

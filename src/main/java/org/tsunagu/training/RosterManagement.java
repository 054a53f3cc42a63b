package org.tsunagu.training;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The 修了者名簿: who completed what and when, a person's history across years, the merge of duplicate
 * people, and adding a coordinator course graduate to the coordinator roster. A health office sees its own
 * 圏域 only.
 */
public interface RosterManagement {

	Page<RosterEntry> roster(RosterFilter filter, Pageable pageable);

	PersonHistory person(UUID personId);

	/** Moves every application of {@code duplicateId} to {@code keptId}; the duplicate points to the kept one. */
	void merge(UUID keptId, long keptVersion, UUID duplicateId);

	/**
	 * Adds a participant who completed a コーディネーター養成研修 to the coordinator roster.
	 *
	 * @throws IllegalStateException when not completed, not a coordinator course, or already added
	 */
	void addToCoordinatorRoster(UUID applicationId, long version);
}

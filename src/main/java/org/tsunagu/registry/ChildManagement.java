package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The registry of children: every method checks the caller's scope (all, own 圏域, shared by consent) and
 * writes the audit log, reads of a child included.
 */
public interface ChildManagement {

	/** Enters a child; the 圏域 follows from the municipality. */
	UUID register(ChildInput input);

	/**
	 * Enters many children at once, all or none: if one cannot be stored, none is.
	 *
	 * @return how many were entered
	 */
	int importAll(List<ChildInput> inputs);

	/** Changes a child's record; {@code version} guards against overwriting a colleague's change. */
	void update(UUID id, long version, ChildInput input);

	/** Records a change of status (転出, 移行, 死亡 …) with its date and reason. */
	void changeStatus(UUID id, long version, ChildStatus status, LocalDate date, @Nullable String reason);

	/** One child, if the caller may see them; the read is audited. */
	ChildDetails get(UUID id);

	/** The children the caller may see, filtered. */
	Page<ChildListItem> search(ChildFilter filter, Pageable pageable);

	/**
	 * The ids of at most {@code limit} children in the caller's scope that the list's filter matches, in no
	 * particular order and without counting every match (the consultation search asks which children a word names).
	 */
	List<UUID> findIds(ChildFilter filter, int limit);

	/**
	 * Records that may be the same child: the same フリガナ and birth date, or the same birth date and a
	 * family phone number in common. Only within the caller's scope.
	 */
	List<ChildListItem> findPossibleDuplicates(ChildInput input);
}

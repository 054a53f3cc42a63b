package org.tsunagu.registry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * Moves the child-linked records that a child may have many of (care assessments, old scores, …) from a
 * merged record to the survivor. Plain SQL on purpose: these records are otherwise never changed, and the
 * merge itself is what the audit log records.
 */
@Component
class LinkedRecordsMerge implements ChildMergeParticipant {

	/** Tables with a {@code child_id} column whose rows all move to the survivor. */
	static final List<String> TABLES = List.of("registry_care_assessments", "registry_severe_scores");

	private final EntityManager entityManager;

	LinkedRecordsMerge(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public void moveRecords(UUID merged, UUID survivor) {
		entityManager.flush();
		for (String table : TABLES) {
			entityManager.createNativeQuery("UPDATE " + table + " SET child_id = :survivor WHERE child_id = :merged")
				.setParameter("survivor", survivor)
				.setParameter("merged", merged)
				.executeUpdate();
		}
		entityManager.clear();
	}
}

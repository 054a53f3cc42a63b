package org.tsunagu.registry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * Moves the child-linked records (care assessments, old scores, consents, life-stage events, emergency
 * information, disaster plan, transition referral) from a merged record to the survivor. Plain SQL on purpose: these records are otherwise never changed, and the
 * merge itself is what the audit log records.
 */
@Component
class LinkedRecordsMerge implements ChildMergeParticipant {

	/** Tables with a {@code child_id} column whose rows all move to the survivor. */
	static final List<String> TABLES = List.of("registry_care_assessments", "registry_severe_scores",
			"registry_consents", "registry_life_stage_events");

	/**
	 * Tables with one row per child: the merged record's row moves only when the survivor has none; otherwise
	 * it stays with the merged record, which is kept (soft-deleted) and points at the survivor. Printed sheets
	 * stay with the record they were printed for.
	 */
	static final List<String> ONE_PER_CHILD = List.of("registry_emergency_info", "registry_disaster_plans",
			"registry_transition_referrals");

	private final EntityManager entityManager;

	private final ChildRepository children;

	LinkedRecordsMerge(EntityManager entityManager, ChildRepository children) {
		this.entityManager = entityManager;
		this.children = children;
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
		for (String table : ONE_PER_CHILD) {
			entityManager
				.createNativeQuery("UPDATE " + table + " SET child_id = :survivor WHERE child_id = :merged"
						+ " AND NOT EXISTS (SELECT 1 FROM " + table + " kept WHERE kept.child_id = :survivor)")
				.setParameter("survivor", survivor)
				.setParameter("merged", merged)
				.executeUpdate();
		}
		// The survivor may have a later assessment now; the merged record has none left.
		children.refreshLatestAssessment(survivor);
		children.refreshLatestAssessment(merged);
		entityManager.clear();
	}
}

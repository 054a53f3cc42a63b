package org.tsunagu.registry.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareAssessmentRepository extends JpaRepository<CareAssessment, UUID> {

	/** Newest first; two assessments on one day in the order they were recorded. */
	List<CareAssessment> findByChildIdOrderByAssessedOnDescCreatedAtDesc(UUID childId);

	Optional<CareAssessment> findFirstByChildIdOrderByAssessedOnDescCreatedAtDesc(UUID childId);
}

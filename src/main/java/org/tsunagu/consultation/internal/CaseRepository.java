package org.tsunagu.consultation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseRepository extends JpaRepository<ConsultationCase, UUID>, JpaSpecificationExecutor<ConsultationCase> {

	Optional<ConsultationCase> findByConsultationId(UUID consultationId);

	/** The cases about one child (for a disclosure), the newest first. */
	List<ConsultationCase> findByChildIdOrderByOpenedOnDesc(UUID childId);
}

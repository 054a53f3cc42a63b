package org.tsunagu.consultation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ConsultationRepository extends JpaRepository<Consultation, UUID>, JpaSpecificationExecutor<Consultation> {

	/** The consultations about one child (for a disclosure), the newest first. */
	List<Consultation> findByChildIdOrderByReceivedAtDesc(UUID childId);
}

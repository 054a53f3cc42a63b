package org.tsunagu.consultation.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseRepository extends JpaRepository<ConsultationCase, UUID>, JpaSpecificationExecutor<ConsultationCase> {

	Optional<ConsultationCase> findByConsultationId(UUID consultationId);
}

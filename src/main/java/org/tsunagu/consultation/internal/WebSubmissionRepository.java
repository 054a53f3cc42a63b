package org.tsunagu.consultation.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebSubmissionRepository extends JpaRepository<WebSubmission, UUID> {

	Optional<WebSubmission> findByConsultationId(UUID consultationId);

	Optional<WebSubmission> findByReferenceNumber(String referenceNumber);

	boolean existsByReferenceNumber(String referenceNumber);
}

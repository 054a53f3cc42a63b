package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

	List<Referral> findByCaseIdOrderByReferredOnDesc(UUID caseId);

	List<Referral> findByOutcomeIsNullAndReferredOnBeforeOrderByReferredOn(LocalDate before);
}

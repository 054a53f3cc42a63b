package org.tsunagu.registry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SevereDisabilityScoreRepository extends JpaRepository<SevereDisabilityScore, UUID> {

	List<SevereDisabilityScore> findByChildIdOrderByScoredOnDescCreatedAtDesc(UUID childId);
}

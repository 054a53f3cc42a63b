package org.tsunagu.registry.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransitionReferralRepository extends JpaRepository<TransitionReferral, UUID> {

	Optional<TransitionReferral> findByChildId(UUID childId);
}

package org.tsunagu.registry.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisasterPlanRepository extends JpaRepository<DisasterPlan, UUID> {

	Optional<DisasterPlan> findByChildId(UUID childId);

	List<DisasterPlan> findByChildIdIn(Collection<UUID> childIds);
}

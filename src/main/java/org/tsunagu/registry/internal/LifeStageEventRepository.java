package org.tsunagu.registry.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LifeStageEventRepository extends JpaRepository<LifeStageEvent, UUID> {

	List<LifeStageEvent> findByChildId(UUID childId);

	List<LifeStageEvent> findByChildIdIn(Collection<UUID> childIds);
}

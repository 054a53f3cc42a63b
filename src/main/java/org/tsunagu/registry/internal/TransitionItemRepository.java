package org.tsunagu.registry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransitionItemRepository extends JpaRepository<TransitionItem, UUID> {

	List<TransitionItem> findByChildId(UUID childId);
}

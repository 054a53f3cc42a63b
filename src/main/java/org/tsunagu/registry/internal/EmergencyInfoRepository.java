package org.tsunagu.registry.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmergencyInfoRepository extends JpaRepository<EmergencyInfo, UUID> {

	Optional<EmergencyInfo> findByChildId(UUID childId);
}

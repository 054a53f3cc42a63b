package org.tsunagu.reference.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The 圏域.
 */
interface RegionRepository extends JpaRepository<Region, UUID> {

	Optional<Region> findByName(String name);

	List<Region> findAllByOrderBySortOrderAscNameAsc();
}

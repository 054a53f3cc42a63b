package org.tsunagu.council.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.tsunagu.council.CouncilKind;

import java.util.UUID;

interface CouncilRepository extends JpaRepository<Council, UUID> {

	List<Council> findAllByOrderBySortOrder();

	Optional<Council> findFirstByKind(CouncilKind kind);

	Optional<Council> findByKindAndRegionName(CouncilKind kind, String regionName);

	boolean existsByKind(CouncilKind kind);
}

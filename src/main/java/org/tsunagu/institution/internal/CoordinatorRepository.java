package org.tsunagu.institution.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoordinatorRepository extends JpaRepository<Coordinator, UUID> {

	Optional<Coordinator> findByNaturalKey(String naturalKey);
}

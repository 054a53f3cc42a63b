package org.tsunagu.information.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceGapRepository extends JpaRepository<ResourceGap, UUID> {
}

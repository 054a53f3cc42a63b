package org.tsunagu.council.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialContentRepository extends JpaRepository<MaterialContent, UUID> {
}

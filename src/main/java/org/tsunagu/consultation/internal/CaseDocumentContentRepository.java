package org.tsunagu.consultation.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDocumentContentRepository extends JpaRepository<CaseDocumentContent, UUID> {
}

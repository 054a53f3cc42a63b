package org.tsunagu.audit.internal;

import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * The audit log's table. Deliberately no {@code JpaRepository}: there is no update or delete method, so the
 * application has no way to change or remove an entry.
 */
interface AuditEntryRepository extends Repository<AuditEntry, UUID>, AuditEntrySearch {

	AuditEntry save(AuditEntry entry);
}

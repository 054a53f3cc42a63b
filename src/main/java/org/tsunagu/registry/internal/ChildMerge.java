package org.tsunagu.registry.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildMerging;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * 重複記録の統合: a センター長 merges two records of the same child. The survivor keeps its data and takes over
 * the other's linked records; the other is soft-deleted, points at the survivor, and keeps its audit trail.
 */
@Service
@Transactional
class ChildMerge implements ChildMerging {

	private final ChildRepository children;

	private final ObjectProvider<ChildMergeParticipant> participants;

	private final AuditLog audit;

	private final Clock clock;

	ChildMerge(ChildRepository children, ObjectProvider<ChildMergeParticipant> participants, AuditLog audit,
			ObjectProvider<Clock> clock) {
		this.children = children;
		this.participants = participants;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public void merge(UUID mergedId, long mergedVersion, UUID survivorId, long survivorVersion) {
		CurrentUser user = CurrentUsers.require();
		if (user.role() != Role.CENTER_DIRECTOR) {
			throw new AccessDeniedException("Only the center director merges records");
		}
		Child merged = load(mergedId);
		Child survivor = load(survivorId);
		merged.checkVersion(mergedVersion);
		survivor.checkVersion(survivorVersion);
		merged.mergeInto(survivor, user.username(), clock.instant());
		participants.orderedStream().forEach(participant -> participant.moveRecords(mergedId, survivorId));
		audit.record(AuditAction.DELETE, ChildService.TARGET, mergedId.toString(), "merged into " + survivorId);
		audit.record(AuditAction.UPDATE, ChildService.TARGET, survivorId.toString(), "merged from " + mergedId);
	}

	private Child load(UUID id) {
		return children.findActive(id).orElseThrow(() -> new RecordNotFoundException(ChildService.TARGET, id));
	}
}

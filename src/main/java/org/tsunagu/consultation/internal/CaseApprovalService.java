package org.tsunagu.consultation.internal;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.CaseApprovals;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.reference.ReferenceData;

/**
 * Closing with approval and hand-overs between 圏域. Only the センター長 approves or returns a close request;
 * only a user who reaches the receiving 圏域 accepts or returns a hand-over.
 */
@Service
@Transactional
class CaseApprovalService implements CaseApprovals {

	private final CaseAccess access;

	private final ReferenceData reference;

	private final ConsultationSettings settings;

	private final AuditLog audit;

	CaseApprovalService(CaseAccess access, ReferenceData reference, ConsultationSettings settings, AuditLog audit) {
		this.access = access;
		this.reference = reference;
		this.settings = settings;
		this.audit = audit;
	}

	@Override
	public boolean requestClose(UUID id, long version, String comment) {
		boolean closed = versioned(access.forWork(id), version).requestClose(comment, settings.closeApprovalRequired(),
				access.actor());
		record(id, closed ? "status=CLOSED" : "close requested");
		return closed;
	}

	@Override
	public void approveClose(UUID id, long version, String comment) {
		access.director();
		versioned(access.forWork(id), version).approveClose(comment, access.actor());
		record(id, "close approved");
	}

	@Override
	public void returnClose(UUID id, long version, String comment) {
		access.director();
		versioned(access.forWork(id), version).returnClose(comment, access.actor());
		record(id, "close returned");
	}

	@Override
	public void reopen(UUID id, long version, String reason) {
		versioned(access.forWork(id), version).reopen(reason, access.actor());
		record(id, "reopened");
	}

	@Override
	public void handOver(UUID id, long version, String regionName, String reason) {
		if (reference.region(regionName).isEmpty()) {
			throw new IllegalArgumentException("Unknown region " + regionName);
		}
		versioned(access.forWork(id), version).handOver(regionName, reason, access.actor());
		record(id, "handover to " + regionName);
	}

	@Override
	public void acceptHandover(UUID id, long version, String comment) {
		CurrentUser user = access.worker();
		ConsultationCase found = versioned(access.forReceiving(id), version);
		found.acceptHandover(user.id(), user.displayName(), comment, access.actor());
		record(id, "handover accepted region=" + found.getRegionName());
	}

	@Override
	public void returnHandover(UUID id, long version, String comment) {
		versioned(access.forReceiving(id), version).returnHandover(comment, access.actor());
		record(id, "handover returned");
	}

	private static ConsultationCase versioned(ConsultationCase found, long version) {
		found.checkVersion(version);
		return found;
	}

	private void record(UUID id, String detail) {
		audit.record(AuditAction.UPDATE, CaseAccess.TARGET, id.toString(), detail);
	}
}

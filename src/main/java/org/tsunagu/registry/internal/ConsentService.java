package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.registry.ConsentInput;
import org.tsunagu.registry.ConsentManagement;
import org.tsunagu.registry.ConsentPurpose;
import org.tsunagu.registry.ConsentView;
import org.tsunagu.registry.SharingNotConsentedException;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * Consents of a child's family: recorded and withdrawn by those who may edit the child, audited, and
 * enforced when data would leave the center.
 */
@Service
@Transactional
class ConsentService implements ConsentManagement {

	static final String TARGET = "Consent";

	private final ConsentRepository consents;

	private final ChildRepository children;

	private final ChildAccessPolicy access;

	private final AuditLog audit;

	ConsentService(ConsentRepository consents, ChildRepository children, ChildAccessPolicy access, AuditLog audit) {
		this.consents = consents;
		this.children = children;
		this.access = access;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConsentView> consents(UUID childId) {
		access.checkReadable(child(childId));
		CurrentUser user = CurrentUsers.require();
		LocalDate today = JapaneseDates.today();
		// An organisation learns only about its own sharing, not whom else the family trusts.
		boolean ownOnly = user.scope().kind() == ScopeKind.ORGANISATION;
		return consents.findByChildIdOrderByGivenOnDescCreatedAtDesc(childId)
			.stream()
			.filter(consent -> !ownOnly || Objects.equals(consent.getOrganisation(), user.organisation()))
			.map(consent -> view(consent, today))
			.toList();
	}

	@Override
	public UUID record(UUID childId, ConsentInput input) {
		access.checkEditable(child(childId));
		Consent consent = consents.save(new Consent(childId, input, CurrentUsers.require().displayName()));
		audit.record(AuditAction.CREATE, TARGET, consent.getId().toString(),
				"child=" + childId + " purpose=" + input.purpose());
		return consent.getId();
	}

	@Override
	public void withdraw(UUID childId, UUID consentId, long version, LocalDate withdrawnOn, String reason) {
		access.checkEditable(child(childId));
		Consent consent = consents.findById(consentId)
			.filter(found -> found.getChildId().equals(childId))
			.orElseThrow(() -> new RecordNotFoundException(TARGET, consentId));
		consent.checkVersion(version);
		consent.withdraw(withdrawnOn, reason);
		// Flush now so a concurrent withdrawal surfaces as a conflict here, not after the audit entry.
		consents.saveAndFlush(consent);
		audit.record(AuditAction.UPDATE, TARGET, consentId.toString(), "child=" + childId + " withdrawn");
	}

	@Override
	@Transactional(readOnly = true)
	public void checkSharingAllowed(UUID childId, ConsentPurpose purpose, @Nullable String organisation) {
		LocalDate today = JapaneseDates.today();
		boolean covered = consents.findByChildIdAndPurpose(childId, purpose)
			.stream()
			.anyMatch(consent -> purpose == ConsentPurpose.SHARE_INSTITUTION
					? organisation != null && consent.sharesWith(organisation, today) : consent.isEffectiveOn(today));
		if (!covered) {
			throw new SharingNotConsentedException(childId, purpose, organisation);
		}
	}

	private Child child(UUID childId) {
		return children.findActive(childId).orElseThrow(() -> new RecordNotFoundException(ChildService.TARGET, childId));
	}

	static ConsentView view(Consent consent, LocalDate today) {
		return new ConsentView(consent.getId(), consent.getVersion(), consent.getPurpose(), consent.getOrganisation(),
				consent.getInstitutionKind(), consent.getGivenOn(), consent.getMethod(), consent.getRecordedBy(),
				consent.getExpiresOn(), consent.getWithdrawnOn(), consent.getWithdrawalReason(), consent.stateOn(today));
	}
}

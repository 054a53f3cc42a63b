package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.CaseEntryKind;
import org.tsunagu.consultation.ConsentBasis;
import org.tsunagu.consultation.ReferralInput;
import org.tsunagu.consultation.ReferralManagement;
import org.tsunagu.consultation.ReferralResult;
import org.tsunagu.consultation.ReferralView;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.registry.ConsentManagement;
import org.tsunagu.registry.ConsentPurpose;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * Referrals of cases: the institution's name is taken from the institutions module when it is one of them;
 * consent is checked through the registry for a linked child, by the staff's tick otherwise.
 */
@Service
@Transactional
class ReferralService implements ReferralManagement {

	static final String TARGET = "ConsultationReferral";

	private final ReferralRepository referrals;

	private final CaseAccess access;

	private final InstitutionManagement institutions;

	private final ConsentManagement consents;

	private final ConsultationSettings settings;

	private final AuditLog audit;

	ReferralService(ReferralRepository referrals, CaseAccess access, InstitutionManagement institutions,
			ConsentManagement consents, ConsultationSettings settings, AuditLog audit) {
		this.referrals = referrals;
		this.access = access;
		this.institutions = institutions;
		this.consents = consents;
		this.settings = settings;
		this.audit = audit;
	}

	@Override
	public UUID refer(UUID caseId, ReferralInput input) {
		ConsultationCase found = access.forWork(caseId);
		String name = input.institutionId() != null ? institutions.get(input.institutionId()).name()
				: input.institutionName();
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A referral needs an institution");
		}
		ConsentBasis basis = consentBasis(found.getChildId(), name, input.consentConfirmed());
		Referral referral = new Referral(caseId, found.getRegionName(), input.institutionId(), name, input.reason(),
				input.referredOn(), basis);
		referrals.save(referral);
		found.note(CaseEntryKind.REFERRAL, name + "へ紹介：" + referral.getReason(), access.actor());
		audit.record(AuditAction.CREATE, TARGET, referral.getId().toString(), "case=" + caseId + " basis=" + basis);
		return referral.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReferralView> referralsOf(UUID caseId) {
		access.forView(caseId);
		LocalDate today = access.today();
		return referrals.findByCaseIdOrderByReferredOnDesc(caseId).stream().map(r -> view(r, today)).toList();
	}

	@Override
	public void recordOutcome(UUID caseId, UUID referralId, long version, ReferralResult outcome, LocalDate outcomeOn,
			@Nullable String note) {
		ConsultationCase found = access.forWork(caseId);
		Referral referral = referrals.findById(referralId)
			.filter(candidate -> candidate.getCaseId().equals(caseId))
			.orElseThrow(() -> new RecordNotFoundException(TARGET, referralId));
		referral.checkVersion(version);
		referral.recordOutcome(outcome, outcomeOn, note);
		found.note(CaseEntryKind.REFERRAL, referral.getInstitutionName() + "：" + outcome.name(), access.actor());
		audit.record(AuditAction.UPDATE, TARGET, referralId.toString(), "outcome=" + outcome);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReferralView> overdue() {
		var scope = access.worker().scope();
		LocalDate today = access.today();
		return referrals.findByOutcomeIsNullAndReferredOnBeforeOrderByReferredOn(
				today.minusDays(settings.referralOverdueDays()))
			.stream()
			.filter(r -> scope.permitsRegion(r.getRegionName()))
			.map(r -> view(r, today))
			.toList();
	}

	/** The registry decides for a linked child (and refuses without consent); otherwise the staff's tick. */
	private ConsentBasis consentBasis(@Nullable UUID childId, String institutionName, boolean confirmed) {
		if (childId != null) {
			consents.checkSharingAllowed(childId, ConsentPurpose.SHARE_INSTITUTION, institutionName);
			return ConsentBasis.REGISTRY_CONSENT;
		}
		if (!confirmed) {
			throw new IllegalArgumentException("The consent of the person or family must be confirmed");
		}
		return ConsentBasis.CONFIRMED_BY_STAFF;
	}

	private ReferralView view(Referral r, LocalDate today) {
		return new ReferralView(r.getId(), r.getVersion(), r.getCaseId(), r.getInstitutionId(), r.getInstitutionName(),
				r.getReason(), r.getReferredOn(), r.getConsentBasis(), r.getOutcome(), r.getOutcomeOn(),
				r.getOutcomeNote(), r.isOverdue(today, settings.referralOverdueDays()));
	}
}

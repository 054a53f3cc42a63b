package org.tsunagu.institution.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.institution.InvalidInstitutionException;
import org.tsunagu.institution.LiaisonInput;
import org.tsunagu.institution.LiaisonManagement;
import org.tsunagu.institution.LiaisonView;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The liaison log: scope-checked by the institution's 圏域, audited, versioned. A linked child is checked
 * through the registry's own API, which refuses children the caller may not see.
 */
@Service
@Transactional
class LiaisonService implements LiaisonManagement {

	static final String TARGET = "InstitutionLiaison";

	private final LiaisonRepository liaisons;

	private final InstitutionRepository institutions;

	private final InstitutionAccessPolicy access;

	private final ChildManagement children;

	private final AuditLog audit;

	LiaisonService(LiaisonRepository liaisons, InstitutionRepository institutions, InstitutionAccessPolicy access,
			ChildManagement children, AuditLog audit) {
		this.liaisons = liaisons;
		this.institutions = institutions;
		this.access = access;
		this.children = children;
		this.audit = audit;
	}

	@Override
	public UUID record(UUID institutionId, LiaisonInput input) {
		Institution institution = institution(institutionId);
		access.checkMayLiaiseIn(institution.getRegionName());
		checkChild(input.childId());
		Liaison liaison = new Liaison(institutionId, input);
		liaisons.save(liaison);
		audit.record(AuditAction.CREATE, TARGET, liaison.getId().toString(), "institution=" + institutionId);
		return liaison.getId();
	}

	@Override
	public void update(UUID liaisonId, long version, LiaisonInput input) {
		Liaison liaison = load(liaisonId);
		access.checkMayLiaiseIn(institution(liaison.getInstitutionId()).getRegionName());
		liaison.checkVersion(version);
		if (input.childId() != null && !input.childId().equals(liaison.getChildId())) {
			checkChild(input.childId());
		}
		liaison.apply(input);
		audit.record(AuditAction.UPDATE, TARGET, liaisonId.toString(), "institution=" + liaison.getInstitutionId());
	}

	@Override
	public void completeFollowUp(UUID liaisonId, long version) {
		Liaison liaison = load(liaisonId);
		access.checkMayLiaiseIn(institution(liaison.getInstitutionId()).getRegionName());
		liaison.checkVersion(version);
		liaison.completeFollowUp(JapaneseDates.today());
		audit.record(AuditAction.UPDATE, TARGET, liaisonId.toString(), "follow-up done");
	}

	@Override
	@Transactional(readOnly = true)
	public LiaisonView get(UUID liaisonId) {
		Liaison liaison = load(liaisonId);
		Institution institution = institution(liaison.getInstitutionId());
		access.checkMayLiaiseIn(institution.getRegionName());
		audit.record(AuditAction.READ, TARGET, liaisonId.toString(), null);
		return view(liaison, institution, JapaneseDates.today());
	}

	@Override
	@Transactional(readOnly = true)
	public List<LiaisonView> timeline(UUID institutionId) {
		Institution institution = institution(institutionId);
		access.checkMayLiaiseIn(institution.getRegionName());
		audit.record(AuditAction.READ, TARGET, null, "timeline of institution=" + institutionId);
		LocalDate today = JapaneseDates.today();
		return liaisons.findTimeline(institutionId).stream().map(l -> view(l, institution, today)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<LiaisonView> openFollowUps() {
		access.checkMayLiaise();
		CurrentUser user = CurrentUsers.require();
		List<Liaison> open = user.role().scopeKind() == ScopeKind.REGION
				? liaisons.findOpenFollowUpsIn(String.valueOf(user.regionName())) : liaisons.findOpenFollowUps();
		Map<UUID, Institution> byId = institutions
			.findAllById(open.stream().map(Liaison::getInstitutionId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Institution::getId, Function.identity()));
		audit.record(AuditAction.READ, TARGET, null, "open follow-ups");
		LocalDate today = JapaneseDates.today();
		return open.stream().map(l -> view(l, byId.get(l.getInstitutionId()), today)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayLiaiseIn(String regionName) {
		return CurrentUsers.find().map(user -> InstitutionAccessPolicy.mayLiaiseIn(user, regionName)).orElse(false);
	}

	/** A linked child must exist and be within the caller's reach (the registry checks and audits the read). */
	private void checkChild(@Nullable UUID childId) {
		if (childId == null) {
			return;
		}
		try {
			children.get(childId);
		}
		catch (RecordNotFoundException | AccessDeniedException unknown) {
			throw new InvalidInstitutionException("childId", "institution.liaison.childId.unknown");
		}
	}

	private Liaison load(UUID id) {
		return liaisons.findById(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}

	private Institution institution(UUID id) {
		return institutions.findById(id).orElseThrow(() -> new RecordNotFoundException(InstitutionService.TARGET, id));
	}

	static LiaisonView view(Liaison l, Institution institution, LocalDate today) {
		return new LiaisonView(l.getId(), l.getVersion(), l.getInstitutionId(), institution.getName(),
				institution.getRegionName(), l.getContactedOn(), l.getChannel(), l.getStaffName(),
				l.getCounterpartName(), l.getSubject(), l.getContent(), l.getFollowUp(), l.getFollowUpDue(),
				l.getFollowUpDoneOn(), l.isOverdue(today), l.getChildId(), l.getConsultationId());
	}
}

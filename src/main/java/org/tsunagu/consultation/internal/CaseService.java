package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.CaseDetails;
import org.tsunagu.consultation.CaseFilter;
import org.tsunagu.consultation.CaseListItem;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CaseOwnerChoice;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ContactInput;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.identity.UserSummary;
import org.tsunagu.shared.CappedCount;
import org.tsunagu.shared.CappedCountQuery;
import org.tsunagu.shared.CappedPage;
import org.tsunagu.shared.RecordNotFoundException;

import jakarta.persistence.EntityManager;

/**
 * The case use cases: opened from a consultation of the caller's 圏域, scope-checked, audited (the audit detail
 * names the step, never the content), versioned.
 */
@Service
@Transactional
class CaseService implements CaseManagement {

	private final CaseRepository cases;

	private final ConsultationRepository consultations;

	private final CaseAccess access;

	private final UserManagement users;

	private final CaseNoticeService notices;

	private final AuditLog audit;

	private final EntityManager entityManager;

	CaseService(CaseRepository cases, ConsultationRepository consultations, CaseAccess access, UserManagement users,
			CaseNoticeService notices, AuditLog audit, EntityManager entityManager) {
		this.notices = notices;
		this.entityManager = entityManager;
		this.cases = cases;
		this.consultations = consultations;
		this.access = access;
		this.users = users;
		this.audit = audit;
	}

	@Override
	public UUID open(UUID consultationId, @Nullable UUID ownerId, CasePriority priority,
			@Nullable LocalDate nextContactDue) {
		CurrentUser user = access.worker();
		Consultation consultation = consultations.findById(consultationId)
			.orElseThrow(() -> new RecordNotFoundException(ConsultationService.TARGET, consultationId));
		user.scope().checkRegion(consultation.getRegionName());
		if (cases.findByConsultationId(consultationId).isPresent()) {
			throw new IllegalStateException("Consultation " + consultationId + " already has a case");
		}
		CaseOwnerChoice owner = ownerId == null ? new CaseOwnerChoice(user.id(), user.displayName())
				: checkedOwner(ownerId, consultation.getRegionName());
		ConsultationCase opened = new ConsultationCase(consultationId,
				ConsultationViews.summary(consultation.getContent()), consultation.getRegionName(),
				consultation.getChildId(), owner.id(), owner.name(), priority, nextContactDue, access.actor());
		cases.save(opened);
		notices.assigned(opened);
		audit.record(AuditAction.CREATE, CaseAccess.TARGET, opened.getId().toString(),
				"region=" + opened.getRegionName());
		return opened.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> caseOf(UUID consultationId) {
		var scope = access.worker().scope();
		return cases.findByConsultationId(consultationId)
			.filter(found -> scope.permitsRegion(found.getRegionName())
					|| scope.permitsRegion(found.getHandoverRegion()))
			.map(ConsultationCase::getId);
	}

	@Override
	@Transactional(readOnly = true)
	public CaseDetails get(UUID id) {
		ConsultationCase found = access.forView(id);
		audit.record(AuditAction.READ, CaseAccess.TARGET, id.toString(), null);
		return CaseViews.details(found, access.today());
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CaseListItem> search(CaseFilter filter, Pageable pageable) {
		LocalDate today = access.today();
		CappedCount.checkOffset(pageable);
		var spec = CaseSpecifications.matching(filter, access.worker().scope(), today);
		// A slice and a capped count: never count(*) over all the prefecture's cases.
		Slice<ConsultationCase> slice = cases.findBy(spec, query -> query.slice(pageable));
		return CappedPage.of(slice, () -> CappedCountQuery.count(entityManager, ConsultationCase.class, spec))
			.map(c -> CaseViews.listItem(c, today));
	}

	@Override
	public void plan(UUID id, long version, CasePriority priority, @Nullable LocalDate nextContactDue) {
		ConsultationCase found = versioned(id, version);
		found.plan(priority, nextContactDue);
		audit.record(AuditAction.UPDATE, CaseAccess.TARGET, id.toString(), "plan");
	}

	@Override
	public void changeStatus(UUID id, long version, CaseStatus target) {
		versioned(id, version).changeStatus(target, access.actor());
		audit.record(AuditAction.UPDATE, CaseAccess.TARGET, id.toString(), "status=" + target);
	}

	@Override
	public void reassign(UUID id, long version, UUID ownerId, String reason) {
		ConsultationCase found = versioned(id, version);
		CaseOwnerChoice owner = checkedOwner(ownerId, found.getRegionName());
		found.reassign(owner.id(), owner.name(), reason, access.actor());
		notices.assigned(found);
		audit.record(AuditAction.UPDATE, CaseAccess.TARGET, id.toString(), "owner=" + owner.id());
	}

	@Override
	public void recordContact(UUID id, ContactInput contact) {
		access.forWork(id).recordContact(contact, access.actor());
		audit.record(AuditAction.UPDATE, CaseAccess.TARGET, id.toString(), "contact");
	}

	@Override
	public UUID addTask(UUID id, String title, @Nullable LocalDate dueOn) {
		CaseTask task = access.forWork(id).addTask(title, dueOn, access.actor());
		audit.record(AuditAction.UPDATE, CaseAccess.TARGET, id.toString(), "task added");
		return task.getId();
	}

	@Override
	public void completeTask(UUID id, UUID taskId) {
		access.forWork(id).completeTask(taskId, access.actor());
		audit.record(AuditAction.UPDATE, CaseAccess.TARGET, id.toString(), "task done");
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseOwnerChoice> owners(String regionName) {
		access.worker().scope().checkRegion(regionName);
		List<CaseOwnerChoice> owners = new ArrayList<>();
		for (Role role : Area.CONSULTATION.roles()) {
			users.findUsers(role, null, Pageable.ofSize(200))
				.stream()
				.filter(user -> user.enabled() && mayOwn(user, regionName))
				.forEach(user -> owners.add(new CaseOwnerChoice(user.id(), user.displayName())));
		}
		owners.sort(Comparator.comparing(CaseOwnerChoice::name));
		return owners;
	}

	private ConsultationCase versioned(UUID id, long version) {
		ConsultationCase found = access.forWork(id);
		found.checkVersion(version);
		return found;
	}

	/** The new owner must be an enabled user who may work on cases of the case's 圏域. */
	private CaseOwnerChoice checkedOwner(UUID ownerId, String regionName) {
		UserSummary user = users.getUser(ownerId);
		if (!user.enabled() || !mayOwn(user, regionName)) {
			throw new AccessDeniedException("User " + ownerId + " may not own a case of " + regionName);
		}
		return new CaseOwnerChoice(user.id(), user.displayName());
	}

	private static boolean mayOwn(UserSummary user, String regionName) {
		return Area.CONSULTATION.isOpenTo(user.role())
				&& (user.role() != Role.HEALTH_OFFICE || regionName.equals(user.regionName()));
	}
}

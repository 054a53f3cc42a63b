package org.tsunagu.consultation.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.CaseOwnerChoice;
import org.tsunagu.consultation.DispatchFilter;
import org.tsunagu.consultation.DispatchManagement;
import org.tsunagu.consultation.DispatchRequest;
import org.tsunagu.consultation.DispatchView;
import org.tsunagu.consultation.SupervisorKind;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.identity.UserSummary;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * Supervisor dispatches: requests in the caller's 圏域, decided by the センター長, a nurse user or an outside doctor
 * as supervisor. A linked child is checked through the registry, which refuses children the caller may not see.
 */
@Service
@Transactional
class DispatchService implements DispatchManagement {

	static final String TARGET = "SupervisorDispatch";

	private final DispatchRepository dispatches;

	private final CaseAccess access;

	private final ReferenceData reference;

	private final ChildManagement children;

	private final UserManagement users;

	private final AuditLog audit;

	DispatchService(DispatchRepository dispatches, CaseAccess access, ReferenceData reference,
			ChildManagement children, UserManagement users, AuditLog audit) {
		this.dispatches = dispatches;
		this.access = access;
		this.reference = reference;
		this.children = children;
		this.users = users;
		this.audit = audit;
	}

	@Override
	public UUID request(DispatchRequest request) {
		String region = request.regionName();
		if (reference.region(region).isEmpty()) {
			throw new IllegalArgumentException("Unknown region " + region);
		}
		access.worker().scope().checkRegion(region);
		if (request.childId() != null) {
			children.get(request.childId());
		}
		SupervisorDispatch dispatch = dispatches.save(new SupervisorDispatch(request, region));
		audit.record(AuditAction.CREATE, TARGET, dispatch.getId().toString(), "region=" + region);
		return dispatch.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public DispatchView get(UUID id) {
		SupervisorDispatch dispatch = load(id);
		audit.record(AuditAction.READ, TARGET, id.toString(), null);
		return view(dispatch);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<DispatchView> search(DispatchFilter filter, Pageable pageable) {
		var scope = access.worker().scope();
		Specification<SupervisorDispatch> spec = switch (scope.kind()) {
			case ALL -> (root, query, cb) -> cb.conjunction();
			case REGION -> (root, query, cb) -> cb.equal(root.get("regionName"), scope.region());
			case ORGANISATION -> (root, query, cb) -> cb.disjunction();
		};
		if (filter.supervisor() != null && !filter.supervisor().isBlank()) {
			String key = "%" + filter.supervisor().strip().replace("%", "") + "%";
			spec = spec.and((root, query, cb) -> cb.like(root.get("supervisorName"), key));
		}
		if (filter.month() != null) {
			var month = filter.month();
			spec = spec.and((root, query, cb) -> cb.between(root.get("visitOn"), month.atDay(1), month.atEndOfMonth()));
		}
		spec = spec.and(equal("status", filter.status()))
			.and(equal("regionName", filter.region()));
		return dispatches.findAll(spec, pageable).map(DispatchService::view);
	}

	@Override
	public void decide(UUID id, long version, boolean approved, @Nullable String comment) {
		String director = access.director().displayName();
		versioned(id, version).decide(approved, comment, director);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), approved ? "approved" : "declined");
	}

	@Override
	public void assign(UUID id, long version, @Nullable UUID nurseUserId, @Nullable String doctorName,
			java.time.LocalDate visitOn) {
		SupervisorDispatch dispatch = versioned(id, version);
		boolean doctor = doctorName != null && !doctorName.isBlank();
		if ((nurseUserId == null) == !doctor) {
			throw new IllegalArgumentException("Give either a nurse or a doctor's name");
		}
		if (doctor) {
			dispatch.assign(null, doctorName.strip(), SupervisorKind.DOCTOR, visitOn);
		}
		else {
			UserSummary nurse = users.getUser(nurseUserId);
			if (nurse.role() != Role.NURSE || !nurse.enabled()) {
				throw new IllegalArgumentException("User " + nurseUserId + " is not a nurse");
			}
			dispatch.assign(nurse.id(), nurse.displayName(), SupervisorKind.NURSE, visitOn);
		}
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "scheduled");
	}

	@Override
	public void recordVisit(UUID id, long version, String advice) {
		versioned(id, version).recordVisit(advice);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "visited");
	}

	@Override
	public void recordFollowUp(UUID id, long version, String followUp) {
		versioned(id, version).recordFollowUp(followUp);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "followed up");
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseOwnerChoice> nurses() {
		access.worker();
		return users.findUsers(Role.NURSE, null, Pageable.ofSize(200))
			.stream()
			.filter(UserSummary::enabled)
			.map(user -> new CaseOwnerChoice(user.id(), user.displayName()))
			.toList();
	}

	private SupervisorDispatch versioned(UUID id, long version) {
		SupervisorDispatch dispatch = load(id);
		dispatch.checkVersion(version);
		return dispatch;
	}

	private SupervisorDispatch load(UUID id) {
		SupervisorDispatch dispatch = dispatches.findById(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
		access.worker().scope().checkRegion(dispatch.getRegionName());
		return dispatch;
	}

	private static Specification<SupervisorDispatch> equal(String attribute, @Nullable Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return (root, query, cb) -> cb.conjunction();
		}
		return (root, query, cb) -> cb.equal(root.get(attribute), value);
	}

	static DispatchView view(SupervisorDispatch d) {
		return new DispatchView(d.getId(), d.getVersion(), d.getRequestedOn(), d.getRequesterOrganisation(),
				d.getRequesterName(), d.getPlace(), d.getRegionName(), d.getChildId(), d.getTopic(), d.getWantedDates(),
				d.getStatus(), d.getDecisionComment(), d.getDecidedBy(), d.getSupervisorUserId(), d.getSupervisorName(),
				d.getSupervisorKind(), d.getVisitOn(), d.getAdvice(), d.getFollowUp());
	}
}

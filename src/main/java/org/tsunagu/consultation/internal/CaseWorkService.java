package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.CaseListItem;
import org.tsunagu.consultation.CaseQueries;
import org.tsunagu.consultation.CaseWork;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;

/**
 * "My work" for the home screen: the user's open cases (overdue first), and for the センター長 every overdue
 * case and the close requests waiting for a decision. Users outside the consultation area get nothing.
 */
@Service
@Transactional(readOnly = true)
class CaseWorkService implements CaseQueries {

	private static final int LIMIT = 20;

	private static final Sort BY_DUE = Sort.by(Sort.Order.asc("nextContactDue").nullsLast(), Sort.Order.asc("openedOn"));

	private final CaseRepository cases;

	private final CaseAccess access;

	CaseWorkService(CaseRepository cases, CaseAccess access) {
		this.cases = cases;
		this.access = access;
	}

	@Override
	public CaseWork workFor(CurrentUser user) {
		if (!user.mayOpen(org.tsunagu.identity.Area.CONSULTATION)) {
			return CaseWork.none();
		}
		LocalDate today = access.today();
		Specification<ConsultationCase> scope = CaseSpecifications.within(user.scope());
		List<CaseListItem> mine = find(scope.and(CaseSpecifications.open())
			.and(CaseSpecifications.equal("ownerId", user.id())), today);
		Specification<ConsultationCase> handovers = user.role() == Role.HEALTH_OFFICE
				? CaseSpecifications.equal("handoverRegion", user.regionName())
				: (root, query, cb) -> cb.isNotNull(root.get("handoverRegion"));
		List<CaseListItem> toAccept = find(scope.and(handovers), today);
		if (user.role() != Role.CENTER_DIRECTOR) {
			return new CaseWork(mine, List.of(), List.of(), toAccept);
		}
		List<CaseListItem> overdue = find(CaseSpecifications.overdue(today), today);
		List<CaseListItem> awaiting = find(CaseSpecifications.equal("closeRequested", true), today);
		return new CaseWork(mine, overdue, awaiting, toAccept);
	}

	// The first LIMIT rows only: no count of all matches (the home screen shows none, and at national scale each
	// count read tens of thousands of cases on every visit of the home screen).
	private List<CaseListItem> find(Specification<ConsultationCase> spec, LocalDate today) {
		return cases.findBy(spec, query -> query.sortBy(BY_DUE).limit(LIMIT).all())
			.stream()
			.map(c -> CaseViews.listItem(c, today))
			.toList();
	}
}

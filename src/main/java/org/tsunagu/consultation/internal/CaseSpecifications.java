package org.tsunagu.consultation.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.tsunagu.consultation.CaseFilter;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.identity.AccessScope;

/**
 * The case list's filters as JPA specifications, always limited to the caller's scope: a health office sees
 * its 圏域's cases and those being handed to it.
 */
final class CaseSpecifications {

	private CaseSpecifications() {
	}

	static Specification<ConsultationCase> matching(CaseFilter filter, AccessScope scope, LocalDate today) {
		Specification<ConsultationCase> spec = within(scope);
		if (filter.text() != null && !filter.text().isBlank()) {
			String key = "%" + filter.text().strip().replace("%", "").replace("_", "") + "%";
			spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("title"), key),
					cb.like(root.get("ownerName"), key)));
		}
		if (filter.overdueOnly()) {
			spec = spec.and(overdue(today));
		}
		if (filter.openOnly()) {
			spec = spec.and(open());
		}
		return spec.and(equal("regionName", filter.region()))
			.and(equal("status", filter.status()))
			.and(equal("priority", filter.priority()))
			.and(equal("ownerId", filter.owner()));
	}

	static Specification<ConsultationCase> within(AccessScope scope) {
		return switch (scope.kind()) {
			case ALL -> (root, query, cb) -> cb.conjunction();
			case REGION -> (root, query, cb) -> cb.or(cb.equal(root.get("regionName"), scope.region()),
					cb.equal(root.get("handoverRegion"), scope.region()));
			case ORGANISATION -> (root, query, cb) -> cb.disjunction();
		};
	}

	static Specification<ConsultationCase> open() {
		return (root, query, cb) -> cb.notEqual(root.get("status"), CaseStatus.CLOSED);
	}

	static Specification<ConsultationCase> overdue(LocalDate today) {
		return open().and((root, query, cb) -> cb.lessThan(root.get("nextContactDue"), today));
	}

	static Specification<ConsultationCase> equal(String attribute, @Nullable Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return (root, query, cb) -> cb.conjunction();
		}
		return (root, query, cb) -> cb.equal(root.get(attribute), value);
	}
}

package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.domain.Specification;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.shared.KanaText;

/**
 * The child list's filters as JPA specifications, always limited to the caller's scope and to records not
 * deleted.
 */
final class ChildSpecifications {

	private ChildSpecifications() {
	}

	static Specification<Child> matching(ChildFilter filter, ChildNameIndex.Candidates named, AccessScope scope,
			LocalDate today) {
		Specification<Child> spec = (root, query, cb) -> cb.isNull(root.get("deletedAt"));
		spec = spec.and(within(scope, today));
		if (filter.text() != null && !filter.text().isBlank()) {
			spec = spec.and(named(filter.text(), named));
		}
		spec = spec.and(equal("regionName", filter.region()));
		spec = spec.and(equal("municipalityCode", filter.municipalityCode()));
		spec = spec.and(equal("status", filter.status()));
		spec = spec.and(equal("schoolStatus", filter.schoolStatus()));
		if (filter.careItemNo() != null || filter.careClass() != null) {
			spec = spec.and(LatestAssessment.matching(filter.careItemNo(), filter.careClass()));
		}
		if (filter.minAge() != null) {
			LocalDate bornOnOrBefore = today.minusYears(filter.minAge());
			spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("birthDate"), bornOnOrBefore));
		}
		if (filter.maxAge() != null) {
			LocalDate bornAfter = today.minusYears(filter.maxAge() + 1L);
			spec = spec.and((root, query, cb) -> cb.greaterThan(root.get("birthDate"), bornAfter));
		}
		return spec;
	}

	/** Names or kana containing the text: the LIKE decides, among the name index's candidates when it has them. */
	static Specification<Child> named(String text, ChildNameIndex.Candidates candidates) {
		String pattern = KanaText.containsPattern(text);
		Specification<Child> spec = (root, query, cb) -> cb.like(root.get("searchText"), pattern);
		Set<UUID> ids = candidates.ids();
		return ids == null ? spec : spec.and((root, query, cb) -> root.get("id").in(ids));
	}

	/** All for prefecture-wide roles, one 圏域 for a health office; for an organisation those shared by consent. */
	static Specification<Child> within(AccessScope scope, LocalDate today) {
		return switch (scope.kind()) {
			case ALL -> (root, query, cb) -> cb.conjunction();
			case REGION -> (root, query, cb) -> cb.equal(root.get("regionName"), scope.region());
			case ORGANISATION -> ConsentSharing.childrenSharedWith(Objects.requireNonNull(scope.organisation()), today);
		};
	}

	private static Specification<Child> equal(String attribute, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return (root, query, cb) -> cb.conjunction();
		}
		return (root, query, cb) -> cb.equal(root.get(attribute), value);
	}
}

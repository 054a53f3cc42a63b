package org.tsunagu.institution.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.Confirmation;
import org.tsunagu.institution.InstitutionFilter;
import org.tsunagu.shared.KanaText;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * The resource finder's filters as JPA specifications; retired entries only when asked for.
 */
final class InstitutionSpecifications {

	private InstitutionSpecifications() {
	}

	static Specification<Institution> matching(InstitutionFilter filter, LocalDate today) {
		Specification<Institution> spec = filter.includeRetired() ? (root, query, cb) -> cb.conjunction()
				: (root, query, cb) -> cb.isFalse(root.get("retired"));
		if (filter.text() != null && !filter.text().isBlank()) {
			String key = KanaText.containsPattern(filter.text());
			spec = spec.and((root, query, cb) -> cb.like(root.get("searchText"), key));
		}
		spec = spec.and(equal("regionName", filter.region()));
		spec = spec.and(equal("municipalityCode", filter.municipalityCode()));
		spec = spec.and(equal("kind", filter.kind()));
		if (filter.field() != null) {
			List<Object> kinds = java.util.Arrays.stream(org.tsunagu.institution.InstitutionKind.values())
				.filter(kind -> kind.field() == filter.field())
				.map(Object.class::cast)
				.toList();
			spec = spec.and((root, query, cb) -> root.get("kind").in(kinds));
		}
		for (Integer itemNo : filter.careItems()) {
			spec = spec.and(accepting(itemNo));
		}
		if (filter.staleOnly()) {
			LocalDate before = Confirmation.staleBefore(today);
			spec = spec.and((root, query, cb) -> cb.or(cb.isNull(root.get("lastConfirmedOn")),
					cb.lessThan(root.get("lastConfirmedOn"), before)));
		}
		return spec;
	}

	/** Institutions that accept the category, with or without conditions. */
	static Specification<Institution> accepting(int itemNo) {
		return (root, query, cb) -> {
			Subquery<Integer> capability = query.subquery(Integer.class);
			Root<InstitutionCapability> row = capability.from(InstitutionCapability.class);
			capability.select(cb.literal(1))
				.where(cb.equal(row.get("institution"), root), cb.equal(row.get("itemNo"), itemNo),
						row.get("acceptance").in(Acceptance.ACCEPTS, Acceptance.CONDITIONAL));
			return cb.exists(capability);
		};
	}

	private static Specification<Institution> equal(String attribute, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return (root, query, cb) -> cb.conjunction();
		}
		return (root, query, cb) -> cb.equal(root.get(attribute), value);
	}
}

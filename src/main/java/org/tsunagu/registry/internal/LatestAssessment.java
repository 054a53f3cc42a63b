package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.tsunagu.registry.CareClass;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * Filters children by their latest care assessment: a 判定スコア category it contains, its 区分, or both.
 * Children without an assessment match neither.
 */
final class LatestAssessment {

	private LatestAssessment() {
	}

	static Specification<Child> matching(@Nullable Integer careItemNo, @Nullable CareClass careClass) {
		return (root, query, cb) -> {
			Subquery<UUID> match = query.subquery(UUID.class);
			Root<CareAssessment> assessment = match.from(CareAssessment.class);
			Subquery<LocalDate> latest = query.subquery(LocalDate.class);
			Root<CareAssessment> other = latest.from(CareAssessment.class);
			latest.select(cb.greatest(other.<LocalDate>get("assessedOn")))
				.where(cb.equal(other.get("childId"), root.get("id")));
			Predicate where = cb.and(cb.equal(assessment.get("childId"), root.get("id")),
					cb.equal(assessment.get("assessedOn"), latest));
			if (careClass != null) {
				where = cb.and(where, cb.equal(assessment.get("careClass"), careClass));
			}
			if (careItemNo != null) {
				where = cb.and(where, cb.equal(assessment.join("items").get("itemNo"), careItemNo));
			}
			return cb.exists(match.select(assessment.get("id")).where(where));
		};
	}
}

package org.tsunagu.registry.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.tsunagu.registry.CareClass;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * Filters children by their latest care assessment: a 判定スコア category it contains, its 区分, or both.
 * Children without an assessment match neither. Which assessment is the latest, and its 区分, are kept on the
 * child (V202612070200), so the 区分 is a column of the child and the category one look-up of its assessment.
 */
final class LatestAssessment {

	private LatestAssessment() {
	}

	static Specification<Child> matching(@Nullable Integer careItemNo, @Nullable CareClass careClass) {
		// Either condition holds only for a child with an assessment: a 区分 is kept only with its assessment.
		Specification<Child> spec = (root, query, cb) -> cb.conjunction();
		if (careClass != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("latestCareClass"), careClass));
		}
		if (careItemNo != null) {
			spec = spec.and((root, query, cb) -> {
				Subquery<UUID> item = query.subquery(UUID.class);
				Root<CareAssessment> assessment = item.from(CareAssessment.class);
				return cb.exists(item.select(assessment.get("id"))
					.where(cb.equal(assessment.get("id"), root.get("latestAssessmentId")),
							cb.equal(assessment.join("items").get("itemNo"), careItemNo)));
			});
		}
		return spec;
	}
}

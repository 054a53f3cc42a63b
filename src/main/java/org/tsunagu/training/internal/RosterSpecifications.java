package org.tsunagu.training.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.domain.Specification;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.shared.KanaText;
import org.tsunagu.training.RosterFilter;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/** The 修了者名簿 query: completed applications, filtered, within the caller's 圏域. */
final class RosterSpecifications {

	private RosterSpecifications() {
	}

	static Specification<TrainingApplication> completions(RosterFilter filter, AccessScope scope) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isTrue(root.get("completed")));
			if (scope.region() != null) {
				where.add(cb.equal(root.get("regionName"), scope.region()));
			}
			if (filter.region() != null && !filter.region().isBlank()) {
				where.add(cb.equal(root.get("regionName"), filter.region()));
			}
			if (filter.organisationKind() != null) {
				where.add(cb.equal(root.get("organisationKind"), filter.organisationKind()));
			}
			if (filter.fiscalYear() != null || filter.courseKind() != null) {
				Subquery<UUID> offerings = query.subquery(UUID.class);
				Root<Offering> offering = offerings.from(Offering.class);
				List<Predicate> offeringWhere = new ArrayList<>();
				if (filter.fiscalYear() != null) {
					offeringWhere.add(cb.equal(offering.get("fiscalYear"), filter.fiscalYear()));
				}
				if (filter.courseKind() != null) {
					Subquery<UUID> courses = query.subquery(UUID.class);
					Root<Course> course = courses.from(Course.class);
					courses.select(course.get("id")).where(cb.equal(course.get("kind"), filter.courseKind()));
					offeringWhere.add(offering.get("courseId").in(courses));
				}
				offerings.select(offering.get("id")).where(offeringWhere.toArray(Predicate[]::new));
				where.add(root.get("offeringId").in(offerings));
			}
			if (filter.q() != null && !filter.q().isBlank()) {
				String name = "%" + filter.q().strip().replace("%", "").replace("_", "") + "%";
				String kana = "%" + KanaText.toKatakana(KanaText.normalise(filter.q())).replace("%", "").replace("_", "")
						+ "%";
				where.add(cb.or(cb.like(root.get("name"), name), cb.like(root.get("kana"), kana)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}

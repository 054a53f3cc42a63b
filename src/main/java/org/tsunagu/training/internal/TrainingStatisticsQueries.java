package org.tsunagu.training.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.training.TrainingFigures;
import org.tsunagu.training.TrainingStatistics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Counts applications for {@link TrainingStatistics}: only the counted columns are read, and only numbers
 * (and course titles) leave the module. The 年度 is the offering's 年度.
 */
@Service
@Transactional(readOnly = true)
class TrainingStatisticsQueries implements TrainingStatistics {

	private final EntityManager entities;

	TrainingStatisticsQueries(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public TrainingFigures count(AccessScope scope, @Nullable String region, int fiscalYear) {
		if (scope.kind() == ScopeKind.ORGANISATION) {
			return TrainingFigures.none();
		}
		if (scope.kind() == ScopeKind.REGION && region != null && !region.isBlank() && !region.equals(scope.region())) {
			return TrainingFigures.none();
		}
		String regionName = scope.kind() == ScopeKind.REGION ? scope.region() : region;
		boolean oneRegion = regionName != null && !regionName.isBlank();
		String jpql = "select c.id, c.title, a.regionName, a.completed from TrainingApplication a, Offering o, Course c"
				+ " where a.offeringId = o.id and o.courseId = c.id and o.fiscalYear = :year"
				+ (oneRegion ? " and a.regionName = :region" : "");
		TypedQuery<Object[]> query = entities.createQuery(jpql, Object[].class).setParameter("year", fiscalYear);
		if (oneRegion) {
			query.setParameter("region", regionName);
		}
		List<Object[]> rows = query.getResultList();
		Map<UUID, String> courses = new HashMap<>();
		Map<UUID, Long> applicationsByCourse = new HashMap<>();
		Map<UUID, Long> completionsByCourse = new HashMap<>();
		Map<String, Long> applicationsByRegion = new HashMap<>();
		Map<String, Long> completionsByRegion = new HashMap<>();
		for (Object[] row : rows) {
			UUID course = (UUID) row[0];
			courses.put(course, (String) row[1]);
			applicationsByCourse.merge(course, 1L, Long::sum);
			applicationsByRegion.merge((String) row[2], 1L, Long::sum);
			if ((Boolean) row[3]) {
				completionsByCourse.merge(course, 1L, Long::sum);
				completionsByRegion.merge((String) row[2], 1L, Long::sum);
			}
		}
		return new TrainingFigures(courses, applicationsByCourse, completionsByCourse, applicationsByRegion,
				completionsByRegion);
	}
}

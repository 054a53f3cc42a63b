package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.DispatchFigures;
import org.tsunagu.consultation.DispatchStatistics;
import org.tsunagu.consultation.DispatchStatus;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.ScopeKind;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Counts supervisor dispatches for {@link DispatchStatistics}: only the counted columns are read, and only
 * numbers leave the module. The request day is a calendar day already (Japan), so the 年度 is a day range.
 */
@Service
@Transactional(readOnly = true)
class DispatchStatisticsQueries implements DispatchStatistics {

	private final EntityManager entities;

	DispatchStatisticsQueries(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public DispatchFigures count(AccessScope scope, @Nullable String region, LocalDate from, LocalDate to) {
		if (scope.kind() == ScopeKind.ORGANISATION) {
			return new DispatchFigures(0, Map.of(), Map.of(), Map.of());
		}
		String regionName = scope.kind() == ScopeKind.REGION ? scope.region() : region;
		if (scope.kind() == ScopeKind.REGION && region != null && !region.isBlank() && !region.equals(scope.region())) {
			return new DispatchFigures(0, Map.of(), Map.of(), Map.of());
		}
		boolean oneRegion = regionName != null && !regionName.isBlank();
		String jpql = "select d.requestedOn, d.status, d.regionName from SupervisorDispatch d"
				+ " where d.requestedOn >= :from and d.requestedOn <= :to"
				+ (oneRegion ? " and d.regionName = :region" : "");
		TypedQuery<Object[]> query = entities.createQuery(jpql, Object[].class)
			.setParameter("from", from)
			.setParameter("to", to);
		if (oneRegion) {
			query.setParameter("region", regionName);
		}
		List<Object[]> rows = query.getResultList();
		Map<YearMonth, Long> byMonth = new HashMap<>();
		Map<DispatchStatus, Long> byStatus = new HashMap<>();
		Map<String, Long> byRegion = new HashMap<>();
		for (Object[] row : rows) {
			byMonth.merge(YearMonth.from((LocalDate) row[0]), 1L, Long::sum);
			byStatus.merge((DispatchStatus) row[1], 1L, Long::sum);
			byRegion.merge((String) row[2], 1L, Long::sum);
		}
		return new DispatchFigures(rows.size(), byMonth, byStatus, byRegion);
	}
}

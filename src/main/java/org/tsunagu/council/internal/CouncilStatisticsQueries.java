package org.tsunagu.council.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.council.ActionStatus;
import org.tsunagu.council.CouncilFigures;
import org.tsunagu.council.CouncilStatistics;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.ScopeKind;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Counts meetings and actions for {@link CouncilStatistics}: only ids, names and counts leave the module.
 */
@Service
@Transactional(readOnly = true)
class CouncilStatisticsQueries implements CouncilStatistics {

	private final EntityManager entities;

	CouncilStatisticsQueries(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public CouncilFigures count(AccessScope scope, @Nullable String region, LocalDate from, LocalDate heldUntil,
			LocalDate today) {
		if (scope.kind() == ScopeKind.ORGANISATION) {
			return CouncilFigures.none();
		}
		if (scope.kind() == ScopeKind.REGION && region != null && !region.isBlank() && !region.equals(scope.region())) {
			return CouncilFigures.none();
		}
		String regionName = scope.kind() == ScopeKind.REGION ? scope.region() : region;
		boolean oneRegion = regionName != null && !regionName.isBlank();
		String where = oneRegion ? " and c.regionName = :region" : "";

		Map<UUID, String> councils = new HashMap<>();
		query("select c.id, c.name from Council c where 1 = 1" + where, regionName, oneRegion).getResultList()
			.forEach(row -> councils.put((UUID) row[0], (String) row[1]));

		Map<UUID, Long> meetings = new HashMap<>();
		if (!heldUntil.isBefore(from)) {
			query("select m.councilId, count(m) from Meeting m, Council c where m.councilId = c.id"
					+ " and m.heldOn >= :from and m.heldOn <= :until" + where + " group by m.councilId", regionName,
					oneRegion)
				.setParameter("from", from)
				.setParameter("until", heldUntil)
				.getResultList()
				.forEach(row -> meetings.put((UUID) row[0], (Long) row[1]));
		}

		Map<UUID, Long> open = new HashMap<>();
		query("select a.councilId, count(a) from ActionItem a, Council c where a.councilId = c.id"
				+ " and a.status <> :done" + where + " group by a.councilId", regionName, oneRegion)
			.setParameter("done", ActionStatus.DONE)
			.getResultList()
			.forEach(row -> open.put((UUID) row[0], (Long) row[1]));

		Map<UUID, Long> overdue = new HashMap<>();
		query("select a.councilId, count(a) from ActionItem a, Council c where a.councilId = c.id"
				+ " and a.status <> :done and a.dueOn < :today" + where + " group by a.councilId", regionName, oneRegion)
			.setParameter("done", ActionStatus.DONE)
			.setParameter("today", today)
			.getResultList()
			.forEach(row -> overdue.put((UUID) row[0], (Long) row[1]));
		return new CouncilFigures(councils, meetings, open, overdue);
	}

	private TypedQuery<Object[]> query(String jpql, @Nullable String regionName, boolean oneRegion) {
		TypedQuery<Object[]> query = entities.createQuery(jpql, Object[].class);
		if (oneRegion) {
			query.setParameter("region", regionName);
		}
		return query;
	}
}

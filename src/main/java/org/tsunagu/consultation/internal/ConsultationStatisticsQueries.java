package org.tsunagu.consultation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationFigures;
import org.tsunagu.consultation.ConsultationStatistics;
import org.tsunagu.consultation.ConsultationStatus;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.shared.JapaneseDates;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Counts consultations for {@link ConsultationStatistics}: only the columns that are counted are read, and
 * only numbers leave the module. Months are months in Japan (a call at 23:30 JST on 31 March is March).
 */
@Service
@Transactional(readOnly = true)
class ConsultationStatisticsQueries implements ConsultationStatistics {

	private final EntityManager entities;

	ConsultationStatisticsQueries(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public ConsultationFigures count(AccessScope scope, @Nullable String region, LocalDate from, LocalDate to) {
		if (scope.kind() == ScopeKind.ORGANISATION) {
			return new ConsultationFigures(0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
		}
		List<Object[]> rows = query("select c.receivedAt, c.channel, c.consulterType, c.regionName, c.status",
				"", scope, region, from, to).getResultList();
		Map<YearMonth, Long> byMonth = new HashMap<>();
		Map<ConsultationChannel, Long> byChannel = new HashMap<>();
		Map<ConsulterType, Long> byConsulter = new HashMap<>();
		Map<String, Long> byRegion = new HashMap<>();
		Map<ConsultationStatus, Long> byStatus = new HashMap<>();
		for (Object[] row : rows) {
			byMonth.merge(YearMonth.from(((Instant) row[0]).atZone(JapaneseDates.JST)), 1L, Long::sum);
			byChannel.merge((ConsultationChannel) row[1], 1L, Long::sum);
			byConsulter.merge((ConsulterType) row[2], 1L, Long::sum);
			byRegion.merge((String) row[3], 1L, Long::sum);
			byStatus.merge((ConsultationStatus) row[4], 1L, Long::sum);
		}
		Map<ConsultationTopic, Long> byTopic = new HashMap<>();
		query("select t, count(c)", " join c.topics t", scope, region, from, to).getResultList()
			.forEach(row -> byTopic.put((ConsultationTopic) row[0], (Long) row[1]));
		return new ConsultationFigures(rows.size(), byMonth, byChannel, byConsulter, byTopic, byRegion, byStatus);
	}

	private TypedQuery<Object[]> query(String select, String join, AccessScope scope, @Nullable String region,
			LocalDate from, LocalDate to) {
		String regionName = scope.kind() == ScopeKind.REGION ? scope.region() : region;
		boolean otherRegion = scope.kind() == ScopeKind.REGION && region != null && !region.isBlank()
				&& !region.equals(scope.region());
		StringBuilder jpql = new StringBuilder(select).append(" from Consultation c").append(join)
			.append(" where c.receivedAt >= :from and c.receivedAt < :to");
		if (otherRegion) {
			jpql.append(" and 1 = 0");
		}
		else if (regionName != null && !regionName.isBlank()) {
			jpql.append(" and c.regionName = :region");
		}
		if (select.contains("count")) {
			jpql.append(" group by t");
		}
		TypedQuery<Object[]> query = entities.createQuery(jpql.toString(), Object[].class)
			.setParameter("from", from.atStartOfDay(JapaneseDates.JST).toInstant())
			.setParameter("to", to.plusDays(1).atStartOfDay(JapaneseDates.JST).toInstant());
		if (!otherRegion && regionName != null && !regionName.isBlank()) {
			query.setParameter("region", regionName);
		}
		return query;
	}
}

package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
		// Counted by the database: one row per combination of month, channel, consulter, 圏域 and status (a few
		// hundred at most), whatever the number of consultations. The month is the JST month of receipt, chosen
		// by comparing with each month's first instant in Japan, so no time-zone function of the database is used.
		List<YearMonth> months = monthsBetween(from, to);
		StringBuilder month = new StringBuilder("case");
		for (int i = 1; i < months.size(); i++) {
			month.append(" when c.receivedAt < :month").append(i).append(" then ").append(i - 1);
		}
		month.append(" else ").append(months.size() - 1).append(" end");
		TypedQuery<Object[]> grouped = query("select " + month + " as m, c.channel, c.consulterType, c.regionName,"
				+ " c.status, count(c)", "", " group by m, c.channel, c.consulterType, c.regionName, c.status",
				scope, region, from, to);
		for (int i = 1; i < months.size(); i++) {
			grouped.setParameter("month" + i, months.get(i).atDay(1).atStartOfDay(JapaneseDates.JST).toInstant());
		}
		long total = 0;
		Map<YearMonth, Long> byMonth = new HashMap<>();
		Map<ConsultationChannel, Long> byChannel = new HashMap<>();
		Map<ConsulterType, Long> byConsulter = new HashMap<>();
		Map<String, Long> byRegion = new HashMap<>();
		Map<ConsultationStatus, Long> byStatus = new HashMap<>();
		for (Object[] row : grouped.getResultList()) {
			long count = ((Number) row[5]).longValue();
			total += count;
			byMonth.merge(months.get(((Number) row[0]).intValue()), count, Long::sum);
			byChannel.merge((ConsultationChannel) row[1], count, Long::sum);
			byConsulter.merge((ConsulterType) row[2], count, Long::sum);
			byRegion.merge((String) row[3], count, Long::sum);
			byStatus.merge((ConsultationStatus) row[4], count, Long::sum);
		}
		Map<ConsultationTopic, Long> byTopic = new HashMap<>();
		query("select t, count(c)", " join c.topics t", " group by t", scope, region, from, to).getResultList()
			.forEach(row -> byTopic.put((ConsultationTopic) row[0], ((Number) row[1]).longValue()));
		return new ConsultationFigures(total, byMonth, byChannel, byConsulter, byTopic, byRegion, byStatus);
	}

	private static List<YearMonth> monthsBetween(LocalDate from, LocalDate to) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			months.add(month);
		}
		if (months.isEmpty()) {
			months.add(YearMonth.from(from));
		}
		return months;
	}

	private TypedQuery<Object[]> query(String select, String join, String groupBy, AccessScope scope,
			@Nullable String region, LocalDate from, LocalDate to) {
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
		jpql.append(groupBy);
		TypedQuery<Object[]> query = entities.createQuery(jpql.toString(), Object[].class)
			.setParameter("from", from.atStartOfDay(JapaneseDates.JST).toInstant())
			.setParameter("to", to.plusDays(1).atStartOfDay(JapaneseDates.JST).toInstant());
		if (!otherRegion && regionName != null && !regionName.isBlank()) {
			query.setParameter("region", regionName);
		}
		return query;
	}
}

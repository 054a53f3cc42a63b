package org.tsunagu.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.ChildFigures;
import org.tsunagu.registry.ChildStatistics;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.MunicipalityPlanStatus;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Counts the registry for {@link ChildStatistics}. Children are read inside this module only to be counted;
 * what leaves it are numbers by key. Care is the child's latest assessment (latest day, then latest entry),
 * the same rule as the child's page and the power-dependency list.
 */
@Service
@Transactional(readOnly = true)
class ChildStatisticsQueries implements ChildStatistics {

	/** 人工呼吸器 and 吸引 stop without electric power, as in {@link CareSummaryService}. */
	private static final Set<Integer> POWERED_ITEMS = Set.of(CareScoreCalculator.VENTILATOR, 5);

	private final EntityManager entities;

	ChildStatisticsQueries(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public ChildFigures count(AccessScope scope, @Nullable String region, LocalDate asOf) {
		List<Counted> counted = scope.kind() == ScopeKind.ORGANISATION ? List.of() : counted(scoped(scope, region, asOf));
		List<Counted> enrolled = counted.stream().filter(child -> child.status() == ChildStatus.ENROLLED).toList();
		Map<UUID, Latest> care = latestAssessments(enrolled.stream().map(Counted::id).collect(Collectors.toSet()));
		Map<UUID, MunicipalityPlanStatus> plans = planStatuses();

		Tally<String> byRegion = new Tally<>();
		Tally<String> byMunicipality = new Tally<>();
		Tally<Integer> byAge = new Tally<>();
		Tally<Integer> byCareItem = new Tally<>();
		Tally<CareClass> byCareClass = new Tally<>();
		Map<String, Tally<Integer>> itemsByMunicipality = new TreeMap<>();
		Map<String, Tally<Integer>> agesByMunicipality = new TreeMap<>();
		Tally<String> powered = new Tally<>();
		Tally<String> withoutPlan = new Tally<>();
		long notAssessed = 0;
		for (Counted child : enrolled) {
			byRegion.add(child.regionName());
			byMunicipality.add(child.municipalityCode());
			int age = Period.between(child.birthDate(), asOf).getYears();
			byAge.add(age);
			agesByMunicipality.computeIfAbsent(child.municipalityCode(), code -> new Tally<>()).add(age);
			Latest latest = care.get(child.id());
			if (latest == null) {
				notAssessed++;
				continue;
			}
			byCareClass.add(latest.careClass());
			Tally<Integer> local = itemsByMunicipality.computeIfAbsent(child.municipalityCode(), code -> new Tally<>());
			latest.items().forEach(item -> {
				byCareItem.add(item);
				local.add(item);
			});
			if (latest.powerDependent()) {
				powered.add(child.regionName());
				MunicipalityPlanStatus plan = plans.get(child.id());
				if (plan == null || plan == MunicipalityPlanStatus.NOT_STARTED) {
					withoutPlan.add(child.regionName());
				}
			}
		}
		Map<ChildStatus, Long> byStatus = counted.stream()
			.collect(Collectors.groupingBy(Counted::status, Collectors.counting()));
		Map<String, Map<Integer, Long>> careItemsByMunicipality = new HashMap<>();
		itemsByMunicipality.forEach((code, tally) -> careItemsByMunicipality.put(code, tally.counts()));
		Map<String, Map<Integer, Long>> ages = new HashMap<>();
		agesByMunicipality.forEach((code, tally) -> ages.put(code, tally.counts()));
		return new ChildFigures(enrolled.size(), byRegion.counts(), byMunicipality.counts(), byAge.counts(),
				byCareItem.counts(), byCareClass.counts(), notAssessed, byStatus, careItemsByMunicipality, ages,
				powered.counts(), withoutPlan.counts());
	}

	/**
	 * The columns counted of the children the specification selects, not the children: the dashboard recounts
	 * every child of a scope in the background (25,000 at national scale), and loading them as entities was most
	 * of that work (docs/performance.md).
	 */
	private List<Counted> counted(Specification<Child> children) {
		CriteriaBuilder cb = entities.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Child> child = query.from(Child.class);
		query.multiselect(child.get("id"), child.get("status"), child.get("regionName"), child.get("municipalityCode"),
				child.get("birthDate"));
		Predicate where = children.toPredicate(child, query, cb);
		if (where != null) {
			query.where(where);
		}
		return entities.createQuery(query)
			.getResultStream()
			.map(row -> new Counted(row.get(0, UUID.class), row.get(1, ChildStatus.class), row.get(2, String.class),
					row.get(3, String.class), row.get(4, LocalDate.class)))
			.toList();
	}

	private static Specification<Child> scoped(AccessScope scope, @Nullable String region, LocalDate asOf) {
		Specification<Child> spec = (root, query, cb) -> cb.isNull(root.get("deletedAt"));
		spec = spec.and(ChildSpecifications.within(scope, asOf));
		spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("birthDate"), asOf));
		if (region != null && !region.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("regionName"), region));
		}
		return spec;
	}

	private Map<UUID, Latest> latestAssessments(Set<UUID> childIds) {
		if (childIds.isEmpty()) {
			return Map.of();
		}
		List<Object[]> rows = entities
			.createQuery("select a.id, a.childId, a.assessedOn, a.createdAt, a.careClass from CareAssessment a",
					Object[].class)
			.getResultList();
		Map<UUID, Object[]> latestRow = new HashMap<>();
		Comparator<Object[]> order = Comparator.<Object[], LocalDate>comparing(row -> (LocalDate) row[2])
			.thenComparing(row -> (Instant) row[3], Comparator.nullsFirst(Comparator.naturalOrder()));
		for (Object[] row : rows) {
			UUID child = (UUID) row[1];
			if (childIds.contains(child)) {
				latestRow.merge(child, row, (a, b) -> order.compare(a, b) >= 0 ? a : b);
			}
		}
		Set<UUID> assessmentIds = latestRow.values().stream().map(row -> (UUID) row[0]).collect(Collectors.toSet());
		Map<UUID, Set<Integer>> items = itemsOf(assessmentIds);
		Set<UUID> poweredDevices = poweredDevicesOf(assessmentIds);
		Map<UUID, Latest> latest = new HashMap<>();
		latestRow.forEach((child, row) -> {
			UUID id = (UUID) row[0];
			Set<Integer> chosen = items.getOrDefault(id, Set.of());
			boolean powered = poweredDevices.contains(id) || chosen.stream().anyMatch(POWERED_ITEMS::contains);
			latest.put(child, new Latest((CareClass) row[4], chosen, powered));
		});
		return latest;
	}

	private Map<UUID, Set<Integer>> itemsOf(Collection<UUID> assessmentIds) {
		Map<UUID, Set<Integer>> items = new HashMap<>();
		if (assessmentIds.isEmpty()) {
			return items;
		}
		entities.createQuery("select a.id, i.itemNo from CareAssessment a join a.items i where a.id in :ids", Object[].class)
			.setParameter("ids", assessmentIds)
			.getResultList()
			.forEach(row -> items.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((Integer) row[1]));
		return items;
	}

	private Set<UUID> poweredDevicesOf(Collection<UUID> assessmentIds) {
		if (assessmentIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(entities
			.createQuery("select distinct a.id from CareAssessment a join a.devices d where d.powerDependent = true"
					+ " and a.id in :ids", UUID.class)
			.setParameter("ids", assessmentIds)
			.getResultList());
	}

	private Map<UUID, MunicipalityPlanStatus> planStatuses() {
		Map<UUID, MunicipalityPlanStatus> statuses = new HashMap<>();
		entities.createQuery("select p.childId, p.municipalityPlanStatus from DisasterPlan p", Object[].class)
			.getResultList()
			.forEach(row -> statuses.put((UUID) row[0], (MunicipalityPlanStatus) row[1]));
		return statuses;
	}

	private record Latest(CareClass careClass, Set<Integer> items, boolean powerDependent) {
	}

	/** What is counted of one child. */
	private record Counted(UUID id, ChildStatus status, String regionName, String municipalityCode, LocalDate birthDate) {
	}

	/** Counts by key. */
	private static final class Tally<K> {

		private final Map<K, Long> counts = new HashMap<>();

		void add(K key) {
			counts.merge(key, 1L, Long::sum);
		}

		Map<K, Long> counts() {
			return counts;
		}
	}
}

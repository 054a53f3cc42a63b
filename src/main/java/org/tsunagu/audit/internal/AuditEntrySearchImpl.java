package org.tsunagu.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.tsunagu.audit.AuditCursor;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.shared.CappedCount;
import org.tsunagu.shared.CappedCountQuery;
import org.tsunagu.shared.CappedPage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

class AuditEntrySearchImpl implements AuditEntrySearch {

	/** Rows fetched per round trip when streaming an export. */
	private static final int FETCH_SIZE = 500;

	private final EntityManager entityManager;

	AuditEntrySearchImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Page<AuditEntryView> search(AuditSearch search, Pageable pageable) {
		// One row more than the page tells whether there is a next one; the total is counted only when needed.
		List<AuditEntryView> rows = entityManager.createQuery(select(search, pageable.getSort()))
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize() + 1)
			.getResultList();
		boolean more = rows.size() > pageable.getPageSize();
		List<AuditEntryView> content = more ? rows.subList(0, pageable.getPageSize()) : rows;
		return CappedPage.of(new SliceImpl<>(content, pageable, more), () -> count(search));
	}

	@Override
	public List<AuditEntryView> newest(AuditSearch search, @Nullable AuditCursor after, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEntryView> query = cb.createQuery(AuditEntryView.class);
		Root<AuditEntry> entry = query.from(AuditEntry.class);
		query.select(view(cb, entry));
		List<Predicate> predicates = new ArrayList<>(List.of(predicates(search, cb, entry)));
		if (after != null) {
			// "at or before the cursor's instant" stays a range on the occurred_at index; the rest breaks the tie.
			Path<Instant> occurredAt = entry.get("occurredAt");
			predicates.add(cb.lessThanOrEqualTo(occurredAt, after.occurredAt()));
			predicates.add(cb.or(cb.lessThan(occurredAt, after.occurredAt()),
					cb.greaterThan(entry.<UUID>get("id"), after.id())));
		}
		query.where(predicates.toArray(Predicate[]::new));
		query.orderBy(cb.desc(entry.get("occurredAt")), cb.asc(entry.get("id")));
		return entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	@Override
	public CappedCount count(AuditSearch search) {
		return CappedCountQuery.count(entityManager, AuditEntry.class,
				(root, query, cb) -> cb.and(predicates(search, cb, root)));
	}

	@Override
	public Stream<AuditEntryView> stream(AuditSearch search, Sort sort) {
		return entityManager.createQuery(select(search, sort))
			.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultStream();
	}

	@Override
	public List<AuditEntryView> concerning(Collection<String> ids, int limit) {
		if (ids.isEmpty()) {
			return List.of();
		}
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEntryView> query = cb.createQuery(AuditEntryView.class);
		Root<AuditEntry> entry = query.from(AuditEntry.class);
		query.select(view(cb, entry));
		List<Predicate> any = new ArrayList<>();
		any.add(entry.get("targetId").in(ids));
		// Writes to a child's sub-records name the child in the detail ("child=…", "case=…").
		ids.forEach(id -> any.add(cb.like(entry.get("detail"), containsPattern(id), '\\')));
		query.where(cb.or(any.toArray(Predicate[]::new)));
		query.orderBy(cb.desc(entry.get("occurredAt")), cb.asc(entry.get("id")));
		return entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	// Views, not entities: they are not kept in the persistence context, so a long export does not fill memory.
	private CriteriaQuery<AuditEntryView> select(AuditSearch search, Sort sort) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEntryView> query = cb.createQuery(AuditEntryView.class);
		Root<AuditEntry> entry = query.from(AuditEntry.class);
		query.select(view(cb, entry));
		query.where(predicates(search, cb, entry));
		query.orderBy(orders(sort, cb, entry));
		return query;
	}

	private static CompoundSelection<AuditEntryView> view(CriteriaBuilder cb, Root<AuditEntry> entry) {
		return cb.construct(AuditEntryView.class, entry.get("id"), entry.get("occurredAt"), entry.get("actor"),
				entry.get("action"), entry.get("targetType"), entry.get("targetId"), entry.get("detail"),
				entry.get("remoteAddress"));
	}

	private static Predicate[] predicates(AuditSearch search, CriteriaBuilder cb, Root<AuditEntry> entry) {
		List<Predicate> predicates = new ArrayList<>();
		if (search.actor() != null) {
			predicates.add(cb.like(cb.lower(entry.get("actor")), containsPattern(search.actor()), '\\'));
		}
		if (search.action() != null) {
			predicates.add(cb.equal(entry.get("action"), search.action()));
		}
		if (search.targetType() != null) {
			predicates.add(cb.equal(entry.get("targetType"), search.targetType()));
		}
		if (search.targetId() != null) {
			predicates.add(cb.equal(entry.get("targetId"), search.targetId()));
		}
		if (search.fromInstant() != null) {
			predicates.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), search.fromInstant()));
		}
		if (search.toInstantExclusive() != null) {
			predicates.add(cb.lessThan(entry.get("occurredAt"), search.toInstantExclusive()));
		}
		return predicates.toArray(Predicate[]::new);
	}

	// The id breaks ties, so paging through entries of the same second neither repeats nor skips one.
	private static List<Order> orders(Sort sort, CriteriaBuilder cb, Root<AuditEntry> entry) {
		List<Order> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			orders.add(order.isAscending() ? cb.asc(entry.get(order.getProperty()))
					: cb.desc(entry.get(order.getProperty())));
		}
		if (sort.getOrderFor("occurredAt") == null) {
			orders.add(cb.desc(entry.get("occurredAt")));
		}
		orders.add(cb.asc(entry.get("id")));
		return orders;
	}

	/** A LIKE pattern for "contains", with the user's own % and _ taken literally. */
	static String containsPattern(String text) {
		String escaped = text.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}
}

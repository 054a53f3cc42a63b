package org.tsunagu.institution.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Reads the institutions of an export in chunks, so a long export holds one chunk at a time: the ids in the
 * list's order come from one query read {@value #CHUNK} rows per round trip; each chunk of them is loaded with
 * its contacts and then its capabilities (one query each, not one per institution), handed over, and dropped
 * from the persistence context before the next. Runs inside the caller's read-only transaction.
 */
@Component
class InstitutionExportReader {

	/** Institutions per chunk, and ids per round trip of the id query. */
	static final int CHUNK = 500;

	private static final String WITH_CONTACTS = "select i from Institution i left join fetch i.contacts"
			+ " where i.id in :ids";

	private static final String WITH_CAPABILITIES = "select i from Institution i"
			+ " left join fetch i.capabilities where i.id in :ids";

	private final EntityManager entityManager;

	InstitutionExportReader(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Hands every institution matching the filter to {@code action}, by 圏域 and フリガナ, in chunks. */
	void forEach(Specification<Institution> filter, Consumer<Institution> action) {
		try (Stream<UUID> ids = entityManager.createQuery(ids(filter))
			.setHint(HibernateHints.HINT_FETCH_SIZE, CHUNK)
			.getResultStream()) {
			List<UUID> chunk = new ArrayList<>(CHUNK);
			Iterator<UUID> next = ids.iterator();
			while (next.hasNext()) {
				chunk.add(next.next());
				if (chunk.size() == CHUNK || !next.hasNext()) {
					handOver(chunk, action);
					chunk.clear();
				}
			}
		}
	}

	private CriteriaQuery<UUID> ids(Specification<Institution> filter) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
		Root<Institution> institution = query.from(Institution.class);
		query.select(institution.get("id"));
		Predicate matching = filter.toPredicate(institution, query, cb);
		if (matching != null) {
			query.where(matching);
		}
		// The id breaks ties, so the order is the same whichever database runs it.
		return query.orderBy(cb.asc(institution.get("regionName")), cb.asc(institution.get("kana")),
				cb.asc(institution.get("id")));
	}

	private void handOver(List<UUID> chunk, Consumer<Institution> action) {
		// Two queries, as two lists cannot be fetched in one; the second fills the entities the first loaded.
		Map<UUID, Institution> loaded = load(WITH_CONTACTS, chunk).stream()
			.collect(Collectors.toMap(Institution::getId, Function.identity()));
		load(WITH_CAPABILITIES, chunk);
		for (UUID id : chunk) {
			Institution institution = loaded.get(id);
			// Gone when deleted after the id query read it.
			if (institution != null) {
				action.accept(institution);
			}
		}
		entityManager.clear();
	}

	private List<Institution> load(String query, List<UUID> chunk) {
		return entityManager.createQuery(query, Institution.class)
			.setParameter("ids", chunk)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultList();
	}
}

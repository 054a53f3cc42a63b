package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.jpa.domain.Specification;
import org.tsunagu.registry.ConsentPurpose;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * The children an outside organisation may see: those with an effective 関係機関 sharing consent naming it.
 * The same rule as {@link Consent#sharesWith}, as a query, so the list never loads what it may not show.
 */
final class ConsentSharing {

	private ConsentSharing() {
	}

	/** Children shared with {@code organisation} by a consent effective on {@code day}. */
	static Specification<Child> childrenSharedWith(String organisation, LocalDate day) {
		return (root, query, cb) -> {
			Subquery<UUID> shared = query.subquery(UUID.class);
			Root<Consent> consent = shared.from(Consent.class);
			shared.select(consent.get("childId"))
				.where(cb.equal(consent.get("childId"), root.get("id")),
						cb.equal(consent.get("purpose"), ConsentPurpose.SHARE_INSTITUTION),
						cb.equal(consent.get("organisation"), organisation),
						cb.lessThanOrEqualTo(consent.get("givenOn"), day),
						cb.or(cb.isNull(consent.get("expiresOn")), cb.greaterThanOrEqualTo(consent.get("expiresOn"), day)),
						cb.or(cb.isNull(consent.get("withdrawnOn")), cb.greaterThan(consent.get("withdrawnOn"), day)));
			return cb.exists(shared);
		};
	}
}

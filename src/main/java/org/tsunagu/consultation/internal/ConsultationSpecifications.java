package org.tsunagu.consultation.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.tsunagu.consultation.ConsultationFilter;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.KanaText;

/**
 * The consultation list's filters as JPA specifications, always limited to the caller's scope. Dates are
 * days in Japan: a day runs from 0:00 JST, stored instants are UTC.
 */
final class ConsultationSpecifications {

	private ConsultationSpecifications() {
	}

	static Specification<Consultation> matching(ConsultationFilter filter, AccessScope scope) {
		Specification<Consultation> spec = within(scope);
		if (filter.text() != null && !filter.text().isBlank()) {
			String key = KanaText.containsPattern(filter.text());
			spec = spec.and((root, query, cb) -> cb.like(root.get("searchText"), key));
		}
		if (filter.from() != null) {
			var start = startOf(filter.from());
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("receivedAt"), start));
		}
		if (filter.to() != null) {
			var end = startOf(filter.to().plusDays(1));
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("receivedAt"), end));
		}
		if (filter.topic() != null) {
			var topic = filter.topic();
			spec = spec.and((root, query, cb) -> cb.isMember(topic, root.get("topics")));
		}
		return spec.and(equal("regionName", filter.region()))
			.and(equal("channel", filter.channel()))
			.and(equal("status", filter.status()));
	}

	/** Everything for prefecture-wide roles, one 圏域 for a health office, nothing for anybody else. */
	static Specification<Consultation> within(AccessScope scope) {
		return switch (scope.kind()) {
			case ALL -> (root, query, cb) -> cb.conjunction();
			case REGION -> (root, query, cb) -> cb.equal(root.get("regionName"), scope.region());
			case ORGANISATION -> (root, query, cb) -> cb.disjunction();
		};
	}

	private static java.time.Instant startOf(LocalDate day) {
		return day.atStartOfDay(JapaneseDates.JST).toInstant();
	}

	private static Specification<Consultation> equal(String attribute, @Nullable Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return (root, query, cb) -> cb.conjunction();
		}
		return (root, query, cb) -> cb.equal(root.get(attribute), value);
	}
}

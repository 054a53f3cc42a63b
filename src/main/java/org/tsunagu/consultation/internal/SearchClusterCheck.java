package org.tsunagu.consultation.internal;

import java.util.Map;

/**
 * Refuses to start a node of a two-node setup ({@code tsunagu.cluster.enabled=true}) on the default search index: a
 * Lucene index in each node's own folder knows only the consultations saved through that node, so a search on the
 * other node would silently miss them. Two nodes need one shared index — Hibernate Search's Elasticsearch (or
 * OpenSearch) backend — and outbox-polling coordination, which indexes every change once, whichever node made it.
 */
final class SearchClusterCheck {

	static final String BACKEND_TYPE = "hibernate.search.backend.type";

	static final String COORDINATION = "hibernate.search.coordination.strategy";

	private SearchClusterCheck() {
	}

	/** Throws when clustered and the Hibernate properties keep a per-node index. */
	static void requireSharedIndex(boolean clustered, Map<String, Object> hibernateProperties) {
		if (!clustered) {
			return;
		}
		Object backend = hibernateProperties.get(BACKEND_TYPE);
		Object coordination = hibernateProperties.get(COORDINATION);
		if (!"elasticsearch".equals(String.valueOf(backend)) || !"outbox-polling".equals(String.valueOf(coordination))) {
			throw new IllegalStateException("tsunagu.cluster.enabled=true, but the consultation search index is "
					+ "each node's own Lucene index (" + BACKEND_TYPE + "=" + (backend == null ? "lucene" : backend)
					+ ", " + COORDINATION + "=" + (coordination == null ? "none" : coordination) + "): a consultation "
					+ "saved on one node would not be found on the other. Set spring.jpa.properties." + BACKEND_TYPE
					+ "=elasticsearch and spring.jpa.properties." + COORDINATION + "=outbox-polling (docs/operations.md, "
					+ "\"2台構成\"), or run a single node.");
		}
	}
}

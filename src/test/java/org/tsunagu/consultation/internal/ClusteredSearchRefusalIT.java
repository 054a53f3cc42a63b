package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.tsunagu.TsunaguApplication;
import org.tsunagu.testsupport.TestDatabase;

/**
 * A node started for a two-node setup ({@code tsunagu.cluster.enabled=true}) with the default per-node Lucene index
 * does not start: it says which settings the shared search index needs instead of serving searches that miss what
 * the other node saved.
 */
class ClusteredSearchRefusalIT {

	@Test
	void aClusteredNodeWithItsOwnLuceneIndexRefusesToStart() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(TsunaguApplication.class).properties(
				"spring.datasource.url=" + TestDatabase.url(), "spring.datasource.username=sa",
				"spring.datasource.password=", "server.port=0", "spring.jmx.enabled=false",
				"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"tsunagu.cluster.enabled=true");

		assertThatThrownBy(() -> application.run().close()).rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("tsunagu.cluster.enabled=true")
			.hasMessageContaining("hibernate.search.backend.type=elasticsearch")
			.hasMessageContaining("outbox-polling");
	}
}

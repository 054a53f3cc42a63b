package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchClusterCheckTests {

	@Test
	void aSingleNodeKeepsItsOwnLuceneIndex() {
		assertThatNoException().isThrownBy(() -> SearchClusterCheck.requireSharedIndex(false, Map.of()));
	}

	@Test
	void twoNodesWithTheDefaultIndexAreRefusedWithTheSettingsToChange() {
		assertThatIllegalStateException().isThrownBy(() -> SearchClusterCheck.requireSharedIndex(true, Map.of()))
			.withMessageContaining("each node's own Lucene index")
			.withMessageContaining("hibernate.search.backend.type=elasticsearch")
			.withMessageContaining("hibernate.search.coordination.strategy=outbox-polling");
	}

	@Test
	void aSharedBackendWithoutOutboxCoordinationIsRefusedToo() {
		// Without the outbox each node indexes its own changes as it commits them: two nodes changing the same
		// consultation at about the same time may leave the older version in the index, and a node that dies
		// between commit and indexing loses the change. The outbox table orders changes and survives both.
		assertThatIllegalStateException().isThrownBy(() -> SearchClusterCheck.requireSharedIndex(true,
				Map.of(SearchClusterCheck.BACKEND_TYPE, "elasticsearch")));
	}

	@Test
	void twoNodesOnElasticsearchWithOutboxPollingStart() {
		assertThatNoException().isThrownBy(() -> SearchClusterCheck.requireSharedIndex(true,
				Map.of(SearchClusterCheck.BACKEND_TYPE, "elasticsearch", SearchClusterCheck.COORDINATION,
						"outbox-polling")));
	}
}

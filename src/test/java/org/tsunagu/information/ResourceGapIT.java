package org.tsunagu.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * 資源開拓 on a real database (H2 and PostgreSQL): a gap is recorded for a known 圏域, followed up with
 * actions and a council, filtered by 圏域 and status, and guarded by its version and the role.
 */
@DatabaseTest
public class ResourceGapIT {

	@Autowired
	ResourceGapManagement gaps;

	@Test
	@WithTsunaguUser(role = Role.PREFECTURE)
	void recordsAndFollowsUpAGapOfKiso() {
		UUID id = gaps.record(new GapInput("木曽", "見本：人工呼吸器の短期入所", null, GapStatus.OPEN, null, null));
		long version = gaps.get(id).version();
		gaps.update(id, version, new GapInput("木曽", "見本：人工呼吸器の短期入所", "背景", GapStatus.IN_PROGRESS,
				"見本：病院と相談", "木曽圏域協議会"));

		assertThat(gaps.list("木曽", GapStatus.IN_PROGRESS)).extracting(GapView::id).contains(id);
		assertThat(gaps.list("松本", null)).extracting(GapView::id).doesNotContain(id);
		assertThat(gaps.get(id).councilReference()).isEqualTo("木曽圏域協議会");
		assertThatThrownBy(() -> gaps.update(id, version, new GapInput("木曽", "x", null, GapStatus.OPEN, null, null)))
			.isInstanceOf(StaleRecordException.class);
		assertThatThrownBy(() -> gaps.record(new GapInput("架空圏域", "x", null, GapStatus.OPEN, null, null)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@WithTsunaguUser(role = Role.INSTITUTION)
	void institutionUsersMayNotRecordGaps() {
		assertThatThrownBy(() -> gaps.record(new GapInput("木曽", "x", null, GapStatus.OPEN, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}
}

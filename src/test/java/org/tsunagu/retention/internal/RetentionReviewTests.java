package org.tsunagu.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.retention.ReviewStatus;

/**
 * An item of the retention review: listed → approved or held (with a reason) → disposed of, or no longer due.
 */
class RetentionReviewTests {

	static final Instant NOW = Instant.parse("2026-06-10T00:00:00Z");

	@Test
	void theDirectorApprovesAListedItemAndTheRunDisposesOfIt() {
		RetentionReview item = listed();

		item.approve("試験 センター長", NOW);
		assertThat(item.getStatus()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(item.view().decidedBy()).isEqualTo("試験 センター長");

		item.disposed(NOW.plusSeconds(60));
		assertThat(item.getStatus()).isEqualTo(ReviewStatus.DISPOSED);
		assertThat(item.view().summary()).as("the name goes with the record").isEmpty();
		assertThat(item.getFinishedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void holdingNeedsAReasonAndAHeldItemMayBeApprovedLater() {
		RetentionReview item = listed();

		assertThatThrownBy(() -> item.hold("  ", "試験 センター長", NOW)).isInstanceOf(IllegalArgumentException.class);
		item.hold("（架空）再相談の予定がある", "試験 センター長", NOW);
		assertThat(item.getStatus()).isEqualTo(ReviewStatus.HELD);
		assertThat(item.getHoldReason()).isEqualTo("（架空）再相談の予定がある");

		item.approve("試験 センター長", NOW.plusSeconds(60));
		assertThat(item.getStatus()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(item.getHoldReason()).isNull();
	}

	@Test
	void onlyAnApprovedItemIsDisposedOf() {
		RetentionReview pending = listed();
		RetentionReview held = listed();
		held.hold("（架空）係争中", "試験 センター長", NOW);

		assertThatThrownBy(() -> pending.disposed(NOW)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PENDING");
		assertThatThrownBy(() -> held.disposed(NOW)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("HELD");
	}

	@Test
	void anApprovedItemWhoseRecordIsNoLongerDueLapsesAndThenNeverChanges() {
		RetentionReview item = listed();
		item.approve("試験 センター長", NOW);

		item.lapse(NOW);

		assertThat(item.getStatus()).isEqualTo(ReviewStatus.LAPSED);
		assertThatThrownBy(() -> item.approve("試験 センター長", NOW)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("LAPSED");
		assertThatThrownBy(() -> item.disposed(NOW)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> item.hold("（架空）理由", "試験 センター長", NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aDisposedItemCannotBeApprovedAgain() {
		RetentionReview item = listed();
		item.approve("試験 センター長", NOW);
		item.disposed(NOW);

		assertThatThrownBy(() -> item.approve("試験 センター長", NOW)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("DISPOSED");
		assertThatThrownBy(() -> item.lapse(NOW)).isInstanceOf(IllegalStateException.class);
	}

	private static RetentionReview listed() {
		return new RetentionReview("consultation-case", UUID.randomUUID(), "【松本】（架空）見本 花子の相談",
				LocalDate.of(2020, 4, 1), NOW);
	}
}

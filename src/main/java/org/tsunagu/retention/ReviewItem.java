package org.tsunagu.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One item of the retention review, as the センター長's list shows it.
 *
 * @param id the item's id
 * @param version the item's version, for optimistic locking of approvals and holds
 * @param type the kind of record ({@link org.tsunagu.shared.RetainedRecords#type()})
 * @param recordId the record's id in its module
 * @param summary what the record is (cleared after disposal)
 * @param endedOn the day the record's retention period started
 * @param status where the item stands
 * @param holdReason why it is held, when held
 * @param decidedBy who approved or held it
 * @param decidedAt when
 * @param listedAt when the job listed it
 */
public record ReviewItem(UUID id, long version, String type, UUID recordId, String summary, LocalDate endedOn,
		ReviewStatus status, @Nullable String holdReason, @Nullable String decidedBy, @Nullable Instant decidedAt,
		Instant listedAt) {
}

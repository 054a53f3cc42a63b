package org.tsunagu.retention.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.retention.RetentionRun;
import org.tsunagu.retention.ReviewStatus;
import org.tsunagu.shared.RetainedRecords;
import org.tsunagu.shared.RetainedRecords.DueRecord;

/**
 * Reviews one kind of record in one transaction: first disposes of the approved records that are still due, then
 * closes the items whose record is no longer due, then lists the records newly due. Each step is audited.
 */
@Component
class RetentionReviewer {

	static final String TARGET = "RetentionReview";

	static final Set<ReviewStatus> ACTIVE = EnumSet.of(ReviewStatus.PENDING, ReviewStatus.APPROVED, ReviewStatus.HELD);

	private final RetentionReviewRepository reviews;

	private final AuditLog audit;

	private final Clock clock;

	RetentionReviewer(RetentionReviewRepository reviews, AuditLog audit, Clock clock) {
		this.reviews = reviews;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	RetentionRun review(RetainedRecords records, Instant cutoff) {
		Instant now = clock.instant();
		List<RetentionReview> active = reviews.findByRecordTypeAndStatusIn(records.type(), ACTIVE);
		Set<UUID> approved = active.stream()
			.filter(item -> item.getStatus() == ReviewStatus.APPROVED)
			.map(RetentionReview::getRecordId)
			.collect(Collectors.toSet());
		Set<UUID> disposed = approved.isEmpty() ? Set.of() : records.dispose(approved, cutoff);
		Map<UUID, DueRecord> due = records.findDue(cutoff)
			.stream()
			.collect(Collectors.toMap(DueRecord::id, Function.identity(), (first, second) -> first));
		int lapsed = 0;
		for (RetentionReview item : active) {
			// Only the approved item of a disposed record is marked disposed; another active item of the same record
			// (listed twice by two runs at once) lapses below, as its record is no longer due.
			if (disposed.contains(item.getRecordId()) && item.getStatus() == ReviewStatus.APPROVED) {
				item.disposed(now);
				audit.record(AuditAction.DELETE, records.type(), item.getRecordId().toString(),
						"保存期間経過: " + records.disposal() + "（レビュー " + item.getId() + "）");
			}
			else if (!due.containsKey(item.getRecordId())) {
				item.lapse(now);
				lapsed++;
				audit.record(AuditAction.UPDATE, TARGET, item.getId().toString(),
						"対象外（保存期間の対象でなくなった） type=" + records.type());
			}
			due.remove(item.getRecordId());
		}
		for (DueRecord record : due.values()) {
			RetentionReview item = reviews.save(new RetentionReview(records.type(), record.id(), record.summary(),
					record.endedOn(), now));
			audit.record(AuditAction.CREATE, TARGET, item.getId().toString(),
					"保存期間経過の確認待ち type=" + records.type() + " record=" + record.id());
		}
		return new RetentionRun(due.size(), disposed.size(), lapsed);
	}
}

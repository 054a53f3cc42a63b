package org.tsunagu.retention.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.retention.ReviewItem;
import org.tsunagu.retention.ReviewStatus;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One record past its retention period, listed for the センター長's review. It guards its status: only a pending
 * or held item is approved or held, only an approved one is disposed of, and a finished item (処理済み, 対象外) never
 * changes. Each refused step throws an {@link IllegalStateException} naming the current status.
 */
@Entity
@Table(name = "retention_reviews")
class RetentionReview extends AuditedEntity {

	static final int REASON_MAX = 500;

	@Column(name = "record_type", nullable = false, updatable = false, length = 50)
	private String recordType = "";

	@Column(name = "record_id", nullable = false, updatable = false)
	private UUID recordId = new UUID(0, 0);

	@Column(nullable = false, length = 300)
	private String summary = "";

	@Column(name = "ended_on", nullable = false)
	private LocalDate endedOn = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReviewStatus status = ReviewStatus.PENDING;

	@Column(name = "hold_reason", length = REASON_MAX)
	private @Nullable String holdReason;

	@Column(name = "decided_by", length = 100)
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "listed_at", nullable = false)
	private Instant listedAt = Instant.EPOCH;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	protected RetentionReview() {
	}

	RetentionReview(String recordType, UUID recordId, String summary, LocalDate endedOn, Instant listedAt) {
		this.recordType = recordType;
		this.recordId = recordId;
		this.summary = summary;
		this.endedOn = endedOn;
		this.listedAt = listedAt;
	}

	/** The センター長 approves disposal; a held item may be approved later. */
	void approve(String by, Instant at) {
		require("approve", ReviewStatus.PENDING, ReviewStatus.HELD);
		status = ReviewStatus.APPROVED;
		holdReason = null;
		decide(by, at);
	}

	/** The センター長 holds the item with a reason; an approved item may still be held before the run. */
	void hold(String reason, String by, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Holding needs a reason");
		}
		require("hold", ReviewStatus.PENDING, ReviewStatus.APPROVED, ReviewStatus.HELD);
		status = ReviewStatus.HELD;
		String stripped = reason.strip();
		holdReason = stripped.length() > REASON_MAX ? stripped.substring(0, REASON_MAX) : stripped;
		decide(by, at);
	}

	/** The job disposed of the record: the summary, which may hold a name, goes too. */
	void disposed(Instant at) {
		require("mark disposed", ReviewStatus.APPROVED);
		status = ReviewStatus.DISPOSED;
		summary = "";
		finishedAt = at;
	}

	/**
	 * The record is no longer due (or gone): the item closes without anything done to the record, and its summary,
	 * which may hold a name, goes (a lapsed item is kept only as a trace of the decision).
	 */
	void lapse(Instant at) {
		require("lapse", ReviewStatus.PENDING, ReviewStatus.APPROVED, ReviewStatus.HELD);
		status = ReviewStatus.LAPSED;
		summary = "";
		finishedAt = at;
	}

	private void decide(String by, Instant at) {
		decidedBy = by;
		decidedAt = at;
	}

	private void require(String what, ReviewStatus... allowed) {
		for (ReviewStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new IllegalStateException("Retention review " + getId() + " is " + status + "; cannot " + what);
	}

	ReviewItem view() {
		return new ReviewItem(getId(), getVersion(), recordType, recordId, summary, endedOn, status, holdReason,
				decidedBy, decidedAt, listedAt);
	}

	String getRecordType() {
		return recordType;
	}

	UUID getRecordId() {
		return recordId;
	}

	ReviewStatus getStatus() {
		return status;
	}

	@Nullable String getHoldReason() {
		return holdReason;
	}

	@Nullable Instant getFinishedAt() {
		return finishedAt;
	}
}

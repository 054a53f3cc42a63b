package org.tsunagu.retention.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.retention.RetentionPeriod;
import org.tsunagu.retention.RetentionReviews;
import org.tsunagu.retention.RetentionRun;
import org.tsunagu.retention.ReviewItem;
import org.tsunagu.retention.ReviewStatus;
import org.tsunagu.shared.RecordNotFoundException;
import org.tsunagu.shared.RetainedRecords;

/**
 * The センター長's side of the retention review. The list shows personal data, so only the センター長 sees it and
 * each look is audited; the run and the periods hold none, so an administrator may use them too.
 */
@Service
@Transactional
class RetentionReviewService implements RetentionReviews {

	private final RetentionReviewRepository reviews;

	private final RetentionJob job;

	private final ObjectProvider<RetainedRecords> kinds;

	private final RetentionSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	RetentionReviewService(RetentionReviewRepository reviews, RetentionJob job, ObjectProvider<RetainedRecords> kinds,
			RetentionSettings settings, AuditLog audit, Clock clock) {
		this.reviews = reviews;
		this.job = job;
		this.kinds = kinds;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReviewItem> list(@Nullable ReviewStatus status) {
		director();
		List<ReviewItem> items = reviews
			.findByStatusInOrderByEndedOnAscListedAtAsc(status == null ? RetentionReviewer.ACTIVE : List.of(status))
			.stream()
			.map(RetentionReview::view)
			.toList();
		audit.record(AuditAction.READ, RetentionReviewer.TARGET, null,
				"一覧 status=" + (status == null ? "ACTIVE" : status) + " 件数=" + items.size());
		return items;
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<ReviewItem> find(UUID id) {
		director();
		java.util.Optional<ReviewItem> item = reviews.findById(id)
			.filter(found -> found.getStatus().isActive())
			.map(RetentionReview::view);
		item.ifPresent(found -> audit.record(AuditAction.READ, RetentionReviewer.TARGET, id.toString(),
				"type=" + found.type() + " record=" + found.recordId()));
		return item;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RetentionPeriod> periods() {
		directorOrAdmin();
		return kinds.orderedStream()
			.map(kind -> new RetentionPeriod(kind.type(), kind.label(), settings.periods().get(kind.type()),
					kind.disposal(), reviews.countByRecordTypeAndStatusIn(kind.type(), RetentionReviewer.ACTIVE)))
			.toList();
	}

	@Override
	public void approve(UUID id, long version) {
		CurrentUser director = director();
		RetentionReview item = versioned(id, version);
		item.approve(director.displayName(), clock.instant());
		audit.record(AuditAction.UPDATE, RetentionReviewer.TARGET, id.toString(),
				"承認 type=" + item.getRecordType() + " record=" + item.getRecordId());
	}

	@Override
	public int approveAll(List<ItemVersion> items) {
		director();
		items.forEach(item -> approve(item.id(), item.version()));
		return items.size();
	}

	@Override
	public void hold(UUID id, long version, String reason) {
		CurrentUser director = director();
		RetentionReview item = versioned(id, version);
		item.hold(reason, director.displayName(), clock.instant());
		// the reason may name a person, so the audit log records only that it was held
		audit.record(AuditAction.UPDATE, RetentionReviewer.TARGET, id.toString(),
				"保留 type=" + item.getRecordType() + " record=" + item.getRecordId());
	}

	@Override
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public RetentionRun runNow() {
		directorOrAdmin();
		RetentionRun run = job.run();
		audit.record(AuditAction.UPDATE, RetentionReviewer.TARGET, null, "今すぐ確認 listed=" + run.listed()
				+ " disposed=" + run.disposed() + " lapsed=" + run.lapsed());
		return run;
	}

	private RetentionReview versioned(UUID id, long version) {
		RetentionReview item = reviews.findById(id).orElseThrow(() -> new RecordNotFoundException("RetentionReview", id));
		item.checkVersion(version);
		return item;
	}

	private static CurrentUser director() {
		CurrentUser user = CurrentUsers.require();
		if (user.role() != Role.CENTER_DIRECTOR) {
			throw new AccessDeniedException("Only the center director reviews retention, not " + user.role());
		}
		return user;
	}

	private static void directorOrAdmin() {
		Role role = CurrentUsers.require().role();
		if (role != Role.CENTER_DIRECTOR && role != Role.ADMIN) {
			throw new AccessDeniedException("Only the center director or an administrator runs the retention review");
		}
	}
}

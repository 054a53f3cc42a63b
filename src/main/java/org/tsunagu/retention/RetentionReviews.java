package org.tsunagu.retention;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The retention review: the list of records past their retention period, the センター長's decisions on them and
 * the run that disposes of approved records. Approving and holding need the センター長; running needs the
 * センター長 or an administrator. Every decision and every disposal is written to the audit log.
 */
public interface RetentionReviews {

	/** The items in the given status (all active ones when {@code null}), oldest first. */
	List<ReviewItem> list(@Nullable ReviewStatus status);

	/** One active item (pending, approved or held), for the hold form. */
	java.util.Optional<ReviewItem> find(UUID id);

	/** The kinds of records with their periods and the number of active items, without personal data. */
	List<RetentionPeriod> periods();

	/**
	 * Approves disposal of one item.
	 *
	 * @throws org.tsunagu.shared.StaleRecordException when {@code version} is not the item's current version
	 * @throws IllegalStateException when the item is not pending or held
	 */
	void approve(UUID id, long version);

	/**
	 * Approves several items at once, each at the version the list showed.
	 *
	 * @return how many items were approved
	 */
	int approveAll(List<ItemVersion> items);

	/**
	 * Holds one item with a reason; a held item is not disposed of until it is approved.
	 *
	 * @throws IllegalArgumentException when the reason is blank
	 */
	void hold(UUID id, long version, String reason);

	/** Runs the review now (what the daily job does) and answers what it did. */
	RetentionRun runNow();

	/** An item and the version the センター長 saw. */
	record ItemVersion(UUID id, long version) {
	}
}

package org.tsunagu.retention.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tsunagu.retention.RetentionRun;
import org.tsunagu.shared.RetainedRecords;
import org.tsunagu.shared.SchedulerLocks;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The retention review as a job: every night (setting {@code tsunagu.retention.cron}, Asia/Tokyo) and whenever
 * the センター長 or an administrator presses 「今すぐ確認」. Each kind of record is reviewed in its own transaction,
 * so a failure in one module does not stop the others. The one scheduled method of this module lives here, so a
 * cluster lock (ShedLock) can be put on it alone.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final ObjectProvider<RetainedRecords> kinds;

	private final RetentionReviewer reviewer;

	private final RetentionSettings settings;

	private final Clock clock;

	RetentionJob(ObjectProvider<RetainedRecords> kinds, RetentionReviewer reviewer, RetentionSettings settings,
			Clock clock) {
		this.kinds = kinds;
		this.reviewer = reviewer;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${tsunagu.retention.cron:0 0 3 * * *}", zone = "Asia/Tokyo")
	@SchedulerLock(name = "retention", lockAtLeastFor = SchedulerLocks.AT_LEAST_FOR,
			lockAtMostFor = SchedulerLocks.AT_MOST_FOR)
	void runDaily() {
		RetentionRun run = run();
		log.info("Retention review: {} listed, {} disposed of, {} no longer due", run.listed(), run.disposed(),
				run.lapsed());
	}

	/** Reviews every kind of record that has a period; answers the sum of what was done. */
	RetentionRun run() {
		RetentionRun total = new RetentionRun(0, 0, 0);
		for (RetainedRecords records : kinds.orderedStream().toList()) {
			Optional<Instant> cutoff = RetentionCutoff.of(settings.periods().get(records.type()), clock);
			if (cutoff.isEmpty()) {
				log.warn("No retention period for {} ({}): never due", records.type(), records.label());
				continue;
			}
			try {
				total = total.plus(reviewer.review(records, cutoff.get()));
			}
			catch (RuntimeException failure) {
				log.error("Retention review of {} failed; the other kinds go on", records.type(), failure);
			}
		}
		return total;
	}
}

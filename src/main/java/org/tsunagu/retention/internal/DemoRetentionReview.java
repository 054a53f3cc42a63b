package org.tsunagu.retention.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo, runs the retention review once after the other modules' demo data, so the センター長 finds the
 * demo records past their period listed without waiting for the nightly run.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoRetentionReview implements ApplicationRunner {

	private final RetentionReviewRepository reviews;

	private final RetentionJob job;

	DemoRetentionReview(RetentionReviewRepository reviews, RetentionJob job) {
		this.reviews = reviews;
		this.job = job;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (reviews.count() == 0) {
			job.runDaily();
		}
	}
}

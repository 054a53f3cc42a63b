package org.tsunagu.training.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participant's answer to the post-course questionnaire: five 5-point ratings and a comment. */
@Entity
@Table(name = "training_feedback")
class Feedback {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "offering_id", nullable = false)
	private UUID offeringId = new UUID(0, 0);

	@Column(name = "application_id", nullable = false)
	private UUID applicationId = new UUID(0, 0);

	@Column(nullable = false)
	private int overall;

	@Column(name = "content_rating", nullable = false)
	private int contentRating;

	@Column(name = "instructors_rating", nullable = false)
	private int instructorsRating;

	@Column(nullable = false)
	private int usefulness;

	@Column(name = "organisation_rating", nullable = false)
	private int organisationRating;

	@Column(length = 2000)
	private @Nullable String comment;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt = Instant.EPOCH;

	protected Feedback() {
	}

	Feedback(UUID offeringId, UUID applicationId, int[] ratings, @Nullable String comment, Instant submittedAt) {
		if (ratings.length != 5) {
			throw new IllegalArgumentException("Five ratings");
		}
		for (int rating : ratings) {
			if (rating < 1 || rating > 5) {
				throw new IllegalArgumentException("Ratings are 1 to 5");
			}
		}
		this.offeringId = offeringId;
		this.applicationId = applicationId;
		this.overall = ratings[0];
		this.contentRating = ratings[1];
		this.instructorsRating = ratings[2];
		this.usefulness = ratings[3];
		this.organisationRating = ratings[4];
		this.comment = comment == null || comment.isBlank() ? null : comment.strip();
		this.submittedAt = submittedAt;
	}

	int[] ratings() {
		return new int[] { overall, contentRating, instructorsRating, usefulness, organisationRating };
	}

	@Nullable String getComment() {
		return comment;
	}

	UUID getOfferingId() {
		return offeringId;
	}
}

package org.tsunagu.retention.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.tsunagu.retention.ReviewStatus;

interface RetentionReviewRepository extends JpaRepository<RetentionReview, java.util.UUID> {

	List<RetentionReview> findByRecordTypeAndStatusIn(String recordType, Collection<ReviewStatus> statuses);

	List<RetentionReview> findByStatusInOrderByEndedOnAscListedAtAsc(Collection<ReviewStatus> statuses);

	long countByRecordTypeAndStatusIn(String recordType, Collection<ReviewStatus> statuses);
}

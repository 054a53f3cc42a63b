package org.tsunagu.training.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<Feedback, UUID> {

	List<Feedback> findByOfferingId(UUID offeringId);

	boolean existsByApplicationId(UUID applicationId);
}

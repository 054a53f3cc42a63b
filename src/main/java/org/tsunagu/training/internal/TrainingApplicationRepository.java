package org.tsunagu.training.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.tsunagu.training.ApplicationStatus;

interface TrainingApplicationRepository
		extends JpaRepository<TrainingApplication, UUID>, JpaSpecificationExecutor<TrainingApplication> {

	List<TrainingApplication> findByOfferingIdOrderByAppliedAt(UUID offeringId);

	List<TrainingApplication> findByOfferingIdAndStatusOrderByName(UUID offeringId, ApplicationStatus status);

	List<TrainingApplication> findByPersonIdOrderByAppliedAt(UUID personId);

	List<TrainingApplication> findByOfferingIdAndCompletedTrueOrderByKana(UUID offeringId);

	Optional<TrainingApplication> findByCertificateNumber(String number);

	Optional<TrainingApplication> findByReferenceNumber(String referenceNumber);

	boolean existsByReferenceNumber(String referenceNumber);

	@Query("select count(a) from TrainingApplication a where a.certificateNumber like :prefix")
	long countCertificatesLike(String prefix);

	@Query("select count(a) > 0 from TrainingApplication a where a.offeringId = :offeringId "
			+ "and a.personId = :personId and a.status in ('APPLIED', 'ACCEPTED', 'WAITLISTED')")
	boolean hasOpenApplication(UUID offeringId, UUID personId);
}

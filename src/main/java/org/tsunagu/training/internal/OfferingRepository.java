package org.tsunagu.training.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface OfferingRepository extends JpaRepository<Offering, UUID> {

	List<Offering> findByFiscalYearOrderByApplicationOpensDesc(int fiscalYear);

	List<Offering> findAllByOrderByFiscalYearDescApplicationOpensDesc();

	@Query("select o from Offering o where o.applicationOpens <= :day and o.applicationCloses >= :day order by o.applicationCloses")
	List<Offering> findOpenOn(LocalDate day);

	/** The offering locked for a decision about its places. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Offering o where o.id = :id")
	Optional<Offering> findForUpdate(UUID id);

	@Query("select distinct o.fiscalYear from Offering o order by o.fiscalYear desc")
	List<Integer> findFiscalYears();

	@Query("select o from Offering o join o.sessions s where s.id = :sessionId")
	Optional<Offering> findBySessionId(UUID sessionId);

	@Query("select distinct o from Offering o join o.sessions s where s.heldOn between :from and :to")
	List<Offering> findWithSessionsBetween(LocalDate from, LocalDate to);
}

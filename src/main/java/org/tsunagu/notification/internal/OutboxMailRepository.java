package org.tsunagu.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.tsunagu.notification.MailStatus;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

interface OutboxMailRepository extends JpaRepository<OutboxMail, UUID> {

	@Query("select m.id from OutboxMail m where m.status = :status and m.nextAttemptAt <= :now order by m.nextAttemptAt")
	List<UUID> findDue(MailStatus status, Instant now, Limit limit);

	/** Takes the row for sending; another node sending the same row at the same time skips it (PostgreSQL). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("select m from OutboxMail m where m.id = :id and m.status = org.tsunagu.notification.MailStatus.PENDING")
	Optional<OutboxMail> lockPending(UUID id);

	List<OutboxMail> findTop200ByOrderByCreatedAtDesc();

	List<OutboxMail> findTop200ByStatusOrderByCreatedAtDesc(MailStatus status);

	@Modifying
	@Query("delete from OutboxMail m where m.status in :statuses and m.createdAt < :before")
	int deleteByStatusInAndCreatedAtBefore(List<MailStatus> statuses, Instant before);
}

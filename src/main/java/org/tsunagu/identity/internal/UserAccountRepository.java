package org.tsunagu.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.tsunagu.identity.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findByTotpSecretIsNotNull();

	@Query("""
			select u from UserAccount u
			where (:role is null or u.role = :role)
			  and (lower(u.username) like :pattern or u.displayName like :pattern)
			""")
	Page<UserAccount> search(@Param("role") Role role, @Param("pattern") String pattern, Pageable pageable);

	/**
	 * Records a completed login without touching the version: the same person logging in on two devices at
	 * once must not fail with an optimistic-lock error (it did under load, bench/RESULTS.md).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update UserAccount u set u.lastLoginAt = :at, u.failedLogins = 0, u.firstFailedLoginAt = null,
			  u.lockedUntil = null
			where u.id = :id
			""")
	int recordLogin(@Param("id") UUID id, @Param("at") Instant at);
}

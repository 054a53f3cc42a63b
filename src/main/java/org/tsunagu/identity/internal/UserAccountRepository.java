package org.tsunagu.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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
}

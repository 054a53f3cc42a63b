package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChildRepository extends JpaRepository<Child, UUID>, JpaSpecificationExecutor<Child> {

	@Query("select c from Child c where c.id = :id and c.deletedAt is null")
	Optional<Child> findActive(@Param("id") UUID id);

	@Query("""
			select distinct c from Child c left join c.family f
			where c.deletedAt is null and c.birthDate = :birthDate
			  and ((c.familyNameKana = :familyKana and c.givenNameKana = :givenKana) or f.phone in :phones)
			""")
	List<Child> findPossibleDuplicates(@Param("birthDate") LocalDate birthDate, @Param("familyKana") String familyKana,
			@Param("givenKana") String givenKana, @Param("phones") List<String> phones);
}

package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
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

	/**
	 * Up to {@code limit} children whose name index holds both pairs (the same pair twice for a two-character
	 * word): a range of the index's primary key and one probe of it per row, never a read of the children. The ids
	 * come back as text, which H2 and PostgreSQL both give in the same form for a native query.
	 */
	@Query(value = """
			SELECT CAST(p.child_id AS VARCHAR(36)) FROM registry_child_name_pairs p
			WHERE p.name_pair = :first
			  AND EXISTS (SELECT 1 FROM registry_child_name_pairs q WHERE q.name_pair = :last AND q.child_id = p.child_id)
			LIMIT :limit
			""", nativeQuery = true)
	List<String> findIdsWithNamePairs(@Param("first") String first, @Param("last") String last, @Param("limit") int limit);

	/**
	 * Sets the child's latest assessment and its 区分 from its assessments (assessed last, then recorded last) —
	 * the statement of migration V202612070200, after an assessment is recorded or moved to the child. The columns
	 * are read-only in the entity: this neither changes the child's version nor who updated it last.
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = """
			UPDATE registry_children SET
			    latest_assessment_id = (SELECT a.id FROM registry_care_assessments a
			        WHERE a.child_id = registry_children.id
			        ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC FETCH FIRST 1 ROW ONLY),
			    latest_care_class = (SELECT a.care_class FROM registry_care_assessments a
			        WHERE a.child_id = registry_children.id
			        ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC FETCH FIRST 1 ROW ONLY)
			WHERE id = :child
			""", nativeQuery = true)
	void refreshLatestAssessment(@Param("child") UUID child);
}

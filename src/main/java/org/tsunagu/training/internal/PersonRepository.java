package org.tsunagu.training.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, UUID> {

	@Query("select p from Person p where p.mergedIntoId is null and (p.matchKey = :matchKey or p.email = :email) "
			+ "order by p.createdAt")
	List<Person> findMatches(String matchKey, String email);

	@Query("select p from Person p where p.mergedIntoId is null and p.id <> :id and "
			+ "(p.email = :email or (p.name = :name and p.kana = :kana))")
	List<Person> findPossibleDuplicates(UUID id, String email, String name, String kana);
}

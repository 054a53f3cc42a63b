package org.tsunagu.information.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, UUID> {

	@Query("select s from Survey s order by s.deadline desc")
	List<Survey> findAllNewestFirst();
}

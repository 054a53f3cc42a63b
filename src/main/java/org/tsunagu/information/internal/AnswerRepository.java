package org.tsunagu.information.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnswerRepository extends JpaRepository<Answer, UUID> {

	List<Answer> findByRespondentId(UUID respondentId);

	@Query("select a from Answer a where a.respondentId in (select r.id from Respondent r where r.surveyId = ?1)")
	List<Answer> findBySurvey(UUID surveyId);

	/** Removes a respondent's answers before new ones are saved (flushed first, so no unique clash). */
	@Modifying(flushAutomatically = true)
	@Query("delete from Answer a where a.respondentId = ?1")
	void deleteByRespondent(UUID respondentId);
}

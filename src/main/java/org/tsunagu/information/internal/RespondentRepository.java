package org.tsunagu.information.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RespondentRepository extends JpaRepository<Respondent, UUID> {

	Optional<Respondent> findByTokenHash(String tokenHash);

	@Query("select r from Respondent r where r.surveyId = ?1 order by r.municipalityCode")
	List<Respondent> findBySurvey(UUID surveyId);

	long countBySurveyId(UUID surveyId);

	@Query("select count(r) from Respondent r where r.surveyId = ?1 and r.answeredAt is not null")
	long countAnswered(UUID surveyId);
}

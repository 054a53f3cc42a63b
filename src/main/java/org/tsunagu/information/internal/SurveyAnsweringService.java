package org.tsunagu.information.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.information.SurveyAnswering;
import org.tsunagu.information.SurveyQuestion;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * Answers through a link, no login: the token is hashed and looked up; an unknown, replaced or expired
 * token and a survey past its deadline or closed all open nothing, the same way (no hint which).
 */
@Service
@Transactional
class SurveyAnsweringService implements SurveyAnswering {

	private final RespondentRepository respondents;

	private final SurveyRepository surveys;

	private final AnswerRepository answers;

	private final AuditLog audit;

	private final Clock clock;

	SurveyAnsweringService(RespondentRepository respondents, SurveyRepository surveys, AnswerRepository answers,
			AuditLog audit, Clock clock) {
		this.respondents = respondents;
		this.surveys = surveys;
		this.answers = answers;
		this.audit = audit;
		this.clock = clock;
	}

	private record Target(Respondent respondent, Survey survey) {
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AnswerSheet> open(String token) {
		return find(token).map(target -> sheet(target, AnswerSheetParser.formValues(
				answers.findByRespondentId(target.respondent().getId()))));
	}

	@Override
	public Map<String, String> answer(String token, Map<String, String> values) {
		Target target = find(token).orElseThrow(() -> new RecordNotFoundException("SurveyLink", "token"));
		AnswerSheetParser.Parsed parsed = AnswerSheetParser.parse(target.survey().getQuestions(), values);
		if (!parsed.errors().isEmpty()) {
			return parsed.errors();
		}
		Respondent respondent = target.respondent();
		answers.deleteByRespondent(respondent.getId());
		for (AnswerSheetParser.Cell cell : parsed.cells()) {
			answers.save(new Answer(respondent.getId(), cell.questionId(), cell.row(), cell.column(), cell.number(),
					cell.text()));
		}
		boolean first = respondent.getAnsweredAt() == null;
		respondent.markAnswered(clock.instant());
		audit.record(first ? AuditAction.CREATE : AuditAction.UPDATE, "SurveyAnswer", respondent.getId().toString(),
				"survey=" + respondent.getSurveyId() + " municipality=" + respondent.getMunicipalityCode());
		return Map.of();
	}

	private Optional<Target> find(String token) {
		if (token.length() != 43) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return respondents.findByTokenHash(SurveyTokens.hash(token))
			.filter(r -> !r.isExpiredAt(now))
			.flatMap(r -> surveys.findById(r.getSurveyId()).map(s -> new Target(r, s)))
			.filter(target -> target.survey().takesAnswersAt(now));
	}

	private static AnswerSheet sheet(Target target, Map<String, String> values) {
		Survey survey = target.survey();
		List<SurveyQuestion> questions = survey.getQuestions().stream().map(Question::view).toList();
		return new AnswerSheet(survey.getTitle(), survey.getDescription() == null ? "" : survey.getDescription(),
				survey.getDeadline(), target.respondent().getMunicipalityName(),
				target.respondent().getAnsweredAt() != null, questions, values);
	}
}

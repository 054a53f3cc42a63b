package org.tsunagu.information.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.information.QuestionInput;
import org.tsunagu.information.QuestionKind;
import org.tsunagu.information.SurveyInput;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;

/**
 * A demo survey open to every municipality with answers from about a third of them (fictional numbers), so
 * the status board and the 圏域 totals have something to show. The links' tokens are thrown away: staff make
 * new ones from the board.
 */
@Component
@Order(91)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoSurveys implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

	private final SurveyRepository surveys;

	private final RespondentRepository respondents;

	private final AnswerRepository answers;

	private final ReferenceData reference;

	private final AuditLog audit;

	private final Clock clock;

	private final long seed;

	DemoSurveys(SurveyRepository surveys, RespondentRepository respondents, AnswerRepository answers,
			ReferenceData reference, AuditLog audit, Clock clock, @Value("${tsunagu.demo.seed}") long seed) {
		this.surveys = surveys;
		this.respondents = respondents;
		this.answers = answers;
		this.reference = reference;
		this.audit = audit;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (surveys.count() > 0) {
			return;
		}
		Random random = new Random(seed + 91);
		Survey survey = new Survey(new SurveyInput("【見本】医療的ケア児の実態調査（令和8年度）", "デモ環境の見本の調査です。",
				JapaneseDates.today().plusWeeks(3), List.of(
						new QuestionInput(QuestionKind.NUMBER, "把握している医療的ケア児の人数（人）", List.of(), List.of(), true),
						new QuestionInput(QuestionKind.COUNT_TABLE, "年齢区分別・医療的ケア別の人数（人）",
								List.of("0〜5歳", "6〜11歳", "12〜17歳", "18歳以上"),
								List.of("人工呼吸器", "気管切開", "経管栄養", "吸引"), false),
						new QuestionInput(QuestionKind.CHOICE, "医療的ケア児等コーディネーターを配置していますか",
								List.of("配置している", "配置予定", "配置していない"), List.of(), true))));
		survey.open(JapaneseDates.today(), clock.instant());
		surveys.save(survey);
		List<Question> questions = survey.getQuestions();
		int answered = 0;
		for (MunicipalityView m : reference.municipalities(null)) {
			if (m.retired()) {
				continue;
			}
			Respondent respondent = respondents.save(new Respondent(survey.getId(), m.code().value(), m.name(),
					m.regionName(), null, SurveyTokens.hash(SurveyTokens.newToken()), survey.endOfDeadline()));
			if (random.nextInt(3) == 0) {
				answered++;
				int children = 1 + random.nextInt(12);
				var parsed = AnswerSheetParser.parse(questions, Map.of(
						AnswerSheetParser.field(questions.get(0).getId()), String.valueOf(children),
						AnswerSheetParser.field(questions.get(1).getId(), 1 + random.nextInt(4), 1 + random.nextInt(4)),
						String.valueOf(children),
						AnswerSheetParser.field(questions.get(2).getId()), questions.get(2).choiceList().get(random.nextInt(3))));
				parsed.cells()
					.forEach(cell -> answers.save(new Answer(respondent.getId(), cell.questionId(), cell.row(),
							cell.column(), cell.number(), cell.text())));
				respondent.markAnswered(clock.instant());
			}
		}
		audit.record(AuditAction.CREATE, SurveyService.TARGET, survey.getId().toString(),
				"demo data: survey with " + answered + " fictional answers");
		log.info("Demo survey created with {} answers", answered);
	}
}

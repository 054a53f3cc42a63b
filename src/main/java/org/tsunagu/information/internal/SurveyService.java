package org.tsunagu.information.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.information.IssuedLink;
import org.tsunagu.information.RespondentStatus;
import org.tsunagu.information.SurveyDetails;
import org.tsunagu.information.SurveyInput;
import org.tsunagu.information.SurveyManagement;
import org.tsunagu.information.SurveyResults;
import org.tsunagu.information.SurveyStatus;
import org.tsunagu.notification.Mail;
import org.tsunagu.notification.Notifications;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The survey use cases for staff of 情報発信: role checked here as well as by URL, changes and exports audited.
 */
@Service
@Transactional
class SurveyService implements SurveyManagement {

	static final String TARGET = "Survey";

	private final SurveyRepository surveys;

	private final RespondentRepository respondents;

	private final AnswerRepository answers;

	private final ReferenceData reference;

	private final InformationAccessPolicy access;

	private final Notifications notifications;

	private final InformationSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	private final JapaneseDates dates;

	SurveyService(SurveyRepository surveys, RespondentRepository respondents, AnswerRepository answers,
			ReferenceData reference, InformationAccessPolicy access, Notifications notifications,
			InformationSettings settings, AuditLog audit, Clock clock, JapaneseDates dates) {
		this.surveys = surveys;
		this.respondents = respondents;
		this.answers = answers;
		this.reference = reference;
		this.access = access;
		this.notifications = notifications;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.dates = dates;
	}

	@Override
	public UUID create(SurveyInput input) {
		access.checkStaff();
		Survey survey = surveys.save(new Survey(input));
		audit.record(AuditAction.CREATE, TARGET, survey.getId().toString(), null);
		return survey.getId();
	}

	@Override
	public void update(UUID id, long version, SurveyInput input) {
		access.checkStaff();
		Survey survey = load(id);
		survey.checkVersion(version);
		survey.apply(input);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "questions");
	}

	@Override
	@Transactional(readOnly = true)
	public SurveyDetails get(UUID id) {
		access.checkStaff();
		return details(load(id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<SurveyDetails> list() {
		access.checkStaff();
		return surveys.findAllNewestFirst().stream().map(this::details).toList();
	}

	@Override
	public List<IssuedLink> open(UUID id, long version, Map<String, String> contacts) {
		access.checkStaff();
		Survey survey = load(id);
		survey.checkVersion(version);
		survey.open(JapaneseDates.today(), clock.instant());
		List<IssuedLink> links = new ArrayList<>();
		for (MunicipalityView m : reference.municipalities(null)) {
			if (m.retired()) {
				continue;
			}
			String email = contact(contacts, m);
			String token = SurveyTokens.newToken();
			Respondent respondent = respondents.save(new Respondent(id, m.code().value(), m.name(), m.regionName(),
					email, SurveyTokens.hash(token), survey.endOfDeadline()));
			links.add(link(respondent, token));
			mail(survey, respondent, token, "information/survey-request");
		}
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "opened to " + links.size() + " municipalities");
		return links;
	}

	@Override
	public IssuedLink reissue(UUID id, UUID respondentId) {
		access.checkStaff();
		Respondent respondent = respondents.findById(respondentId)
			.filter(r -> r.getSurveyId().equals(id))
			.orElseThrow(() -> new RecordNotFoundException("Respondent", respondentId));
		String token = SurveyTokens.newToken();
		respondent.replaceToken(SurveyTokens.hash(token));
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "new link for " + respondent.getMunicipalityCode());
		return link(respondent, token);
	}

	@Override
	public List<IssuedLink> remind(UUID id) {
		access.checkStaff();
		Survey survey = load(id);
		if (!survey.takesAnswersAt(clock.instant())) {
			throw new IllegalStateException("Survey " + id + " takes no answers");
		}
		Instant now = clock.instant();
		List<IssuedLink> reminded = new ArrayList<>();
		for (Respondent respondent : respondents.findBySurvey(id)) {
			if (respondent.getAnsweredAt() != null) {
				continue;
			}
			respondent.markReminded(now);
			if (respondent.getContactEmail() != null) {
				// Only mailed respondents get a new link: a link handed over by staff keeps working.
				String token = SurveyTokens.newToken();
				respondent.replaceToken(SurveyTokens.hash(token));
				mail(survey, respondent, token, "information/survey-reminder");
			}
			reminded.add(new IssuedLink(respondent.getMunicipalityCode(), respondent.getMunicipalityName(),
					respondent.getRegionName(), ""));
		}
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "reminded " + reminded.size());
		return reminded;
	}

	@Override
	public void close(UUID id, long version) {
		access.checkStaff();
		Survey survey = load(id);
		survey.checkVersion(version);
		survey.close();
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "closed");
	}

	@Override
	@Transactional(readOnly = true)
	public List<RespondentStatus> board(UUID id) {
		access.checkStaff();
		load(id);
		List<String> order = regionOrder();
		return respondents.findBySurvey(id)
			.stream()
			.map(Respondent::status)
			.sorted(java.util.Comparator.comparingInt((RespondentStatus r) -> regionIndex(order, r.regionName()))
				.thenComparing(RespondentStatus::municipalityCode))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public SurveyResults results(UUID id) {
		access.checkStaff();
		Survey survey = load(id);
		return SurveyResultsCalculator.calculate(survey, regionOrder(), respondents.findBySurvey(id),
				answers.findBySurvey(id));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] exportExcel(UUID id) {
		SurveyResults results = results(id);
		Survey survey = load(id);
		List<Respondent> all = respondents.findBySurvey(id);
		byte[] workbook = SurveyWorkbook.write(survey, results, all, answers.findBySurvey(id));
		audit.record(AuditAction.EXPORT, TARGET, id.toString(), "results xlsx");
		return workbook;
	}

	private void mail(Survey survey, Respondent respondent, String token, String template) {
		if (respondent.getContactEmail() == null) {
			return;
		}
		notifications.send(Mail.japanese(respondent.getContactEmail(), template,
				Map.of("surveyTitle", survey.getTitle(), "municipalityName", respondent.getMunicipalityName(),
						"deadline", dates.wareki(survey.getDeadline()),
						"link", settings.publicBaseUrl() + SurveyTokens.path(token))));
	}

	private static @Nullable String contact(Map<String, String> contacts, MunicipalityView m) {
		String email = contacts.getOrDefault(m.code().value(), contacts.get(m.name()));
		return email == null || email.isBlank() ? null : email.strip();
	}

	private static IssuedLink link(Respondent respondent, String token) {
		return new IssuedLink(respondent.getMunicipalityCode(), respondent.getMunicipalityName(),
				respondent.getRegionName(), SurveyTokens.path(token));
	}

	private List<String> regionOrder() {
		return reference.regions(false).stream().map(RegionView::name).toList();
	}

	private static int regionIndex(List<String> order, String region) {
		int index = order.indexOf(region);
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	private SurveyDetails details(Survey survey) {
		SurveyStatus status = survey.getStatus() == SurveyStatus.OPEN && !survey.takesAnswersAt(clock.instant())
				? SurveyStatus.CLOSED : survey.getStatus();
		return new SurveyDetails(survey.getId(), survey.getVersion(), survey.getTitle(), survey.getDescription(),
				survey.getDeadline(), status, survey.getQuestions().stream().map(Question::view).toList(),
				(int) respondents.countBySurveyId(survey.getId()), (int) respondents.countAnswered(survey.getId()));
	}

	private Survey load(UUID id) {
		return surveys.findById(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}
}

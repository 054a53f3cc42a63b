package org.tsunagu.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;
import org.tsunagu.training.ApplicationInput;
import org.tsunagu.training.ApplicationManagement;
import org.tsunagu.training.ApplicationReceipt;
import org.tsunagu.training.ApplicationRefusedException;
import org.tsunagu.training.ApplicationRefusedException.Reason;
import org.tsunagu.training.ApplicationView;
import org.tsunagu.training.TrainingApplicationAccepted;
import org.tsunagu.training.TrainingApplicationReceived;

/**
 * Applications: the public apply step with its rules (period, 推薦, prerequisite, one open application per
 * person), and the staff decisions under the offering's lock so that places are never given twice.
 */
@Service
@Transactional
class ApplicationService implements ApplicationManagement {

	static final String TARGET = "TrainingApplication";

	private final TrainingApplicationRepository applications;

	private final OfferingRepository offerings;

	private final CourseRepository courses;

	private final People people;

	private final ReferenceNumbers numbers;

	private final ReferenceData reference;

	private final TrainingAccess access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TrainingMails mails;

	ApplicationService(TrainingApplicationRepository applications, OfferingRepository offerings,
			CourseRepository courses, People people, ReferenceNumbers numbers, ReferenceData reference,
			TrainingAccess access, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			TrainingMails mails) {
		this.applications = applications;
		this.offerings = offerings;
		this.courses = courses;
		this.people = people;
		this.numbers = numbers;
		this.reference = reference;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.mails = mails;
	}

	@Override
	public ApplicationReceipt apply(UUID offeringId, ApplicationInput input) {
		Offering offering = offerings.findById(offeringId)
			.orElseThrow(() -> new RecordNotFoundException(CourseService.OFFERING, offeringId));
		if (!offering.isOpenOn(LocalDate.ofInstant(clock.instant(), JapaneseDates.JST))) {
			throw new ApplicationRefusedException(Reason.CLOSED);
		}
		if (offering.isRecommendationRequired() && (input.recommendedBy() == null || input.recommendedBy().isBlank())) {
			throw new ApplicationRefusedException(Reason.RECOMMENDATION_MISSING);
		}
		MunicipalityView municipality = municipality(input.municipalityCode());
		Person person = people.findOrCreate(input);
		if (applications.hasOpenApplication(offeringId, person.getId())) {
			throw new ApplicationRefusedException(Reason.DUPLICATE);
		}
		checkPrerequisite(offering, person, input);
		TrainingApplication application = new TrainingApplication(offeringId, person.getId(),
				numbers.next(offering.getFiscalYear()), clock.instant(), input, municipality.regionName());
		applications.save(application);
		audit.record(AuditAction.CREATE, TARGET, application.getId().toString(),
				"public application ref=" + application.getReferenceNumber());
		mails.received(application, offering);
		events.publishEvent(new TrainingApplicationReceived(application.getId()));
		return new ApplicationReceipt(application.getReferenceNumber(), offering.getTitle());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicationView> applications(UUID offeringId) {
		AccessScope scope = access.peopleScope();
		List<ApplicationView> found = applications.findByOfferingIdOrderByAppliedAt(offeringId)
			.stream()
			.filter(application -> scope.permitsRegion(application.getRegionName()))
			.map(this::view)
			.toList();
		audit.record(AuditAction.READ, TARGET, null, "applications of offering " + offeringId);
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public ApplicationView application(UUID id) {
		AccessScope scope = access.peopleScope();
		TrainingApplication application = load(id);
		scope.checkRegion(application.getRegionName());
		audit.record(AuditAction.READ, TARGET, id.toString(), null);
		return view(application);
	}

	@Override
	public void accept(UUID id, long version) {
		access.requireStaff();
		TrainingApplication application = loadVersioned(id, version);
		Offering offering = lockedOffering(application);
		new Enrolment(offering.getCapacity(), applications.findByOfferingIdOrderByAppliedAt(offering.getId()))
			.accept(application, clock.instant());
		mails.accepted(application, offering);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "status=ACCEPTED");
		events.publishEvent(new TrainingApplicationAccepted(id));
	}

	@Override
	public void waitlist(UUID id, long version) {
		access.requireStaff();
		TrainingApplication application = loadVersioned(id, version);
		application.waitlist(clock.instant());
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "status=WAITLISTED");
	}

	@Override
	public void decline(UUID id, long version, String reason) {
		access.requireStaff();
		TrainingApplication application = loadVersioned(id, version);
		application.decline(reason, clock.instant());
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "status=DECLINED");
	}

	@Override
	public void cancel(UUID id, long version, String reason) {
		access.requireStaff();
		TrainingApplication application = loadVersioned(id, version);
		Offering offering = lockedOffering(application);
		new Enrolment(offering.getCapacity(), applications.findByOfferingIdOrderByAppliedAt(offering.getId()))
			.cancel(application, reason, clock.instant())
			.ifPresent(promoted -> {
				mails.accepted(promoted, offering);
				audit.record(AuditAction.UPDATE, TARGET, promoted.getId().toString(), "status=ACCEPTED from wait list");
				events.publishEvent(new TrainingApplicationAccepted(promoted.getId()));
			});
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "status=CANCELLED");
	}

	/** The application's offering, locked until the transaction ends so two decisions cannot take one place. */
	private Offering lockedOffering(TrainingApplication application) {
		return offerings.findForUpdate(application.getOfferingId())
			.orElseThrow(() -> new RecordNotFoundException(CourseService.OFFERING, application.getOfferingId()));
	}

	private void checkPrerequisite(Offering offering, Person person, ApplicationInput input) {
		Course course = courses.findById(offering.getCourseId()).orElseThrow();
		List<PrerequisiteCheck.Prior> prior = applications.findByPersonIdOrderByAppliedAt(person.getId())
			.stream()
			.map(earlier -> new PrerequisiteCheck.Prior(kindOf(earlier.getOfferingId()), earlier.isCompleted(),
					earlier.isLecturePartCompleted()))
			.toList();
		if (!PrerequisiteCheck.satisfied(course.getPrerequisiteKind(), course.getPrerequisitePart(), prior,
				input.prerequisiteNote())) {
			throw new ApplicationRefusedException(Reason.PREREQUISITE_MISSING);
		}
	}

	private org.tsunagu.training.CourseKind kindOf(UUID offeringId) {
		Offering offering = offerings.findById(offeringId).orElseThrow();
		return courses.findById(offering.getCourseId()).orElseThrow().getKind();
	}

	private MunicipalityView municipality(String code) {
		if (code == null || !MunicipalityCode.isValid(code)) {
			throw new ApplicationRefusedException(Reason.UNKNOWN_MUNICIPALITY);
		}
		return reference.municipality(new MunicipalityCode(code))
			.orElseThrow(() -> new ApplicationRefusedException(Reason.UNKNOWN_MUNICIPALITY));
	}

	private TrainingApplication loadVersioned(UUID id, long version) {
		TrainingApplication application = load(id);
		application.checkVersion(version);
		return application;
	}

	private TrainingApplication load(UUID id) {
		return applications.findById(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}

	private ApplicationView view(TrainingApplication application) {
		String code = application.getMunicipalityCode();
		String name = code == null || !MunicipalityCode.isValid(code) ? code
				: reference.municipality(new MunicipalityCode(code)).map(MunicipalityView::name).orElse(code);
		return TrainingViews.application(application, name);
	}
}

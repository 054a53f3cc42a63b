package org.tsunagu.training.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.shared.RecordNotFoundException;
import org.tsunagu.training.CoordinatorQualified;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.PersonHistory;
import org.tsunagu.training.RosterEntry;
import org.tsunagu.training.RosterFilter;
import org.tsunagu.training.RosterManagement;

/**
 * The 修了者名簿, people's histories and merges, and the step to the coordinator roster. A health office reads
 * its own 圏域; changes are for center staff. Every read of people is audited.
 */
@Service
@Transactional
class RosterService implements RosterManagement {

	static final String PERSON = "TrainingPerson";

	private final TrainingApplicationRepository applications;

	private final OfferingRepository offerings;

	private final CourseRepository courses;

	private final PersonRepository people;

	private final TrainingAccess access;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RosterService(TrainingApplicationRepository applications, OfferingRepository offerings, CourseRepository courses,
			PersonRepository people, TrainingAccess access, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.applications = applications;
		this.offerings = offerings;
		this.courses = courses;
		this.people = people;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<RosterEntry> roster(RosterFilter filter, Pageable pageable) {
		AccessScope scope = access.peopleScope();
		Page<TrainingApplication> page = applications.findAll(RosterSpecifications.completions(filter, scope), pageable);
		Map<UUID, Offering> offeringsById = offerings
			.findAllById(page.stream().map(TrainingApplication::getOfferingId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Offering::getId, Function.identity()));
		Map<UUID, Course> coursesById = courses.findAll()
			.stream()
			.collect(Collectors.toMap(Course::getId, Function.identity()));
		audit.record(AuditAction.READ, "TrainingRoster", null, "page " + pageable.getPageNumber());
		return page.map(application -> {
			Offering offering = offeringsById.get(application.getOfferingId());
			Course course = coursesById.get(offering.getCourseId());
			return new RosterEntry(application.getId(), application.getPersonId(), application.getName(),
					application.getKana(), application.getOrganisation(), application.getOrganisationKind(),
					application.getRegionName(), course.getKind(), offering.getTitle(), offering.getFiscalYear(),
					application.getCompletedOn(), application.getCertificateNumber(),
					application.getCoordinatorAddedAt());
		});
	}

	@Override
	@Transactional(readOnly = true)
	public PersonHistory person(UUID personId) {
		AccessScope scope = access.peopleScope();
		Person person = load(personId);
		List<TrainingApplication> history = applications.findByPersonIdOrderByAppliedAt(personId);
		if (history.stream().noneMatch(application -> scope.permitsRegion(application.getRegionName()))) {
			scope.checkRegion(null);
		}
		List<PersonHistory.Entry> entries = history.stream().map(application -> {
			Offering offering = offerings.findById(application.getOfferingId()).orElseThrow();
			CourseKind kind = courses.findById(offering.getCourseId()).orElseThrow().getKind();
			return new PersonHistory.Entry(application.getId(), offering.getId(), offering.getTitle(), kind,
					offering.getFiscalYear(), application.getStatus(), application.isCompleted(),
					application.getCertificateNumber());
		}).toList();
		List<PersonHistory.Candidate> duplicates = people
			.findPossibleDuplicates(personId, person.getEmail() == null ? "" : person.getEmail(), person.getName(),
					person.getKana())
			.stream()
			.map(other -> new PersonHistory.Candidate(other.getId(), other.getName(), other.getKana(),
					other.getBirthDate(), other.getEmail()))
			.toList();
		audit.record(AuditAction.READ, PERSON, personId.toString(), null);
		return new PersonHistory(person.getId(), person.getVersion(), person.getName(), person.getKana(),
				person.getBirthDate(), person.getEmail(), entries, duplicates);
	}

	@Override
	public void merge(UUID keptId, long keptVersion, UUID duplicateId) {
		access.requireStaff();
		Person kept = load(keptId);
		kept.checkVersion(keptVersion);
		Person duplicate = load(duplicateId);
		if (kept.isMerged()) {
			throw new IllegalStateException("Person " + keptId + " was merged into another");
		}
		duplicate.mergeInto(keptId);
		applications.findByPersonIdOrderByAppliedAt(duplicateId).forEach(application -> application.moveToPerson(keptId));
		audit.record(AuditAction.UPDATE, PERSON, keptId.toString(), "merged " + duplicateId);
	}

	@Override
	public void addToCoordinatorRoster(UUID applicationId, long version) {
		access.requireStaff();
		TrainingApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new RecordNotFoundException(ApplicationService.TARGET, applicationId));
		application.checkVersion(version);
		Offering offering = offerings.findById(application.getOfferingId()).orElseThrow();
		if (courses.findById(offering.getCourseId()).orElseThrow().getKind() != CourseKind.COORDINATOR) {
			throw new IllegalStateException("Only a コーディネーター養成研修 qualifies for the coordinator roster");
		}
		application.markAddedToCoordinatorRoster(clock.instant());
		events.publishEvent(new CoordinatorQualified(application.getPersonId(), application.getName(),
				application.getKana(), application.getOrganisation(), application.getRegionName(),
				offering.getFiscalYear()));
		audit.record(AuditAction.UPDATE, ApplicationService.TARGET, applicationId.toString(), "coordinator roster");
	}

	private Person load(UUID id) {
		return people.findById(id).orElseThrow(() -> new RecordNotFoundException(PERSON, id));
	}
}

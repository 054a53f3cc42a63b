package org.tsunagu.training.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.shared.RecordNotFoundException;
import org.tsunagu.training.CourseInput;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.CourseView;
import org.tsunagu.training.OfferingInput;
import org.tsunagu.training.OfferingView;
import org.tsunagu.training.SessionInput;
import org.tsunagu.training.SessionView;

/** Courses, offerings and sessions: staff change them, everyone in the training area reads them. */
@Service
@Transactional
class CourseService implements CourseManagement {

	static final String COURSE = "TrainingCourse";

	static final String OFFERING = "TrainingOffering";

	private final CourseRepository courses;

	private final OfferingRepository offerings;

	private final TrainingApplicationRepository applications;

	private final TrainingAccess access;

	private final AuditLog audit;

	CourseService(CourseRepository courses, OfferingRepository offerings, TrainingApplicationRepository applications,
			TrainingAccess access, AuditLog audit) {
		this.courses = courses;
		this.offerings = offerings;
		this.applications = applications;
		this.access = access;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CourseView> courses() {
		access.requireViewer();
		return courses.findAll()
			.stream()
			.sorted(Comparator.comparing(Course::getKind).thenComparing(Course::getTitle))
			.map(TrainingViews::course)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public CourseView course(UUID id) {
		access.requireViewer();
		return TrainingViews.course(loadCourse(id));
	}

	@Override
	public UUID createCourse(CourseInput input) {
		access.requireStaff();
		Course course = courses.save(new Course(input));
		audit.record(AuditAction.CREATE, COURSE, course.getId().toString(), "kind=" + input.kind());
		return course.getId();
	}

	@Override
	public void updateCourse(UUID id, long version, CourseInput input) {
		access.requireStaff();
		Course course = loadCourse(id);
		course.checkVersion(version);
		course.apply(input);
		audit.record(AuditAction.UPDATE, COURSE, id.toString(), null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OfferingView> offerings(@Nullable Integer fiscalYear) {
		access.requireViewer();
		List<Offering> found = fiscalYear == null ? offerings.findAllByOrderByFiscalYearDescApplicationOpensDesc()
				: offerings.findByFiscalYearOrderByApplicationOpensDesc(fiscalYear);
		return found.stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public OfferingView offering(UUID id) {
		access.requireViewer();
		return view(loadOffering(id));
	}

	@Override
	public UUID createOffering(OfferingInput input) {
		access.requireStaff();
		loadCourse(input.courseId());
		Offering offering = offerings.save(new Offering(input));
		audit.record(AuditAction.CREATE, OFFERING, offering.getId().toString(), "year=" + input.fiscalYear());
		return offering.getId();
	}

	@Override
	public void updateOffering(UUID id, long version, OfferingInput input) {
		access.requireStaff();
		loadCourse(input.courseId());
		Offering offering = loadOffering(id);
		offering.checkVersion(version);
		offering.apply(input);
		audit.record(AuditAction.UPDATE, OFFERING, id.toString(), null);
	}

	@Override
	public void addSession(UUID offeringId, long version, SessionInput input) {
		access.requireStaff();
		Offering offering = loadOffering(offeringId);
		offering.checkVersion(version);
		TrainingSession session = offering.addSession(input);
		audit.record(AuditAction.UPDATE, OFFERING, offeringId.toString(), "session added " + session.getId());
	}

	@Override
	public void removeSession(UUID offeringId, long version, UUID sessionId) {
		access.requireStaff();
		Offering offering = loadOffering(offeringId);
		offering.checkVersion(version);
		boolean attended = applications.findByOfferingIdOrderByAppliedAt(offeringId)
			.stream()
			.anyMatch(application -> application.hasAttendanceAt(sessionId));
		offering.removeSession(sessionId, attended);
		audit.record(AuditAction.UPDATE, OFFERING, offeringId.toString(), "session removed " + sessionId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OfferingView> openOfferings(LocalDate day) {
		return offerings.findOpenOn(day).stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public OfferingView openOffering(UUID id, LocalDate day) {
		Offering offering = offerings.findById(id)
			.filter(candidate -> candidate.isOpenOn(day))
			.orElseThrow(() -> new RecordNotFoundException(OFFERING, id));
		return view(offering);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SessionView> sessionsBetween(LocalDate from, LocalDate to) {
		return offerings.findWithSessionsBetween(from, to)
			.stream()
			.flatMap(offering -> offering.getSessions()
				.stream()
				.filter(session -> !session.getHeldOn().isBefore(from) && !session.getHeldOn().isAfter(to))
				.map(session -> TrainingViews.session(offering, session)))
			.sorted(Comparator.comparing(SessionView::heldOn).thenComparing(SessionView::startsAt))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public SessionView session(UUID sessionId) {
		Offering offering = offerings.findBySessionId(sessionId)
			.orElseThrow(() -> new RecordNotFoundException("TrainingSession", sessionId));
		return offering.getSessions()
			.stream()
			.filter(session -> session.getId().equals(sessionId))
			.map(session -> TrainingViews.session(offering, session))
			.findFirst()
			.orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Integer> fiscalYears() {
		return offerings.findFiscalYears();
	}

	private OfferingView view(Offering offering) {
		Course course = loadCourse(offering.getCourseId());
		return TrainingViews.offering(offering, course, applications.findByOfferingIdOrderByAppliedAt(offering.getId()));
	}

	private Course loadCourse(UUID id) {
		return courses.findById(id).orElseThrow(() -> new RecordNotFoundException(COURSE, id));
	}

	private Offering loadOffering(UUID id) {
		return offerings.findById(id).orElseThrow(() -> new RecordNotFoundException(OFFERING, id));
	}
}

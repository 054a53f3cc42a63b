package org.tsunagu.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;
import org.tsunagu.training.ApplicationStatus;
import org.tsunagu.training.AttendanceInput;
import org.tsunagu.training.AttendanceManagement;
import org.tsunagu.training.AttendanceSheet;
import org.tsunagu.training.CertificateCheck;
import org.tsunagu.training.PdfFile;
import org.tsunagu.training.SessionView;

/**
 * Attendance per session and what follows from it: completion recomputed on every change, certificate
 * numbers issued once ({@code TC2026-0001}, per 年度), the PDFs, and the public number check.
 */
@Service
@Transactional
class AttendanceService implements AttendanceManagement {

	private final TrainingApplicationRepository applications;

	private final OfferingRepository offerings;

	private final CourseRepository courses;

	private final CertificatePdf pdf;

	private final JapaneseDates dates;

	private final TrainingAccess access;

	private final AuditLog audit;

	private final Clock clock;

	AttendanceService(TrainingApplicationRepository applications, OfferingRepository offerings,
			CourseRepository courses, CertificatePdf pdf, JapaneseDates dates, TrainingAccess access, AuditLog audit,
			Clock clock) {
		this.applications = applications;
		this.offerings = offerings;
		this.courses = courses;
		this.pdf = pdf;
		this.dates = dates;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public AttendanceSheet sheet(UUID sessionId) {
		access.requireStaff();
		Offering offering = offeringOfSession(sessionId);
		TrainingSession session = offering.getSessions()
			.stream()
			.filter(candidate -> candidate.getId().equals(sessionId))
			.findFirst()
			.orElseThrow();
		SessionView view = TrainingViews.session(offering, session);
		List<AttendanceSheet.Row> rows = participants(offering.getId()).stream().map(application -> {
			var entry = application.attendanceAt(sessionId);
			return new AttendanceSheet.Row(application.getId(), application.getVersion(), application.getName(),
					application.getOrganisation(), entry.map(Attendance::getStatus).orElse(null),
					entry.map(Attendance::getMissedMinutes).orElse(0), entry.map(Attendance::isMadeUp).orElse(false),
					application.isCompleted());
		}).toList();
		return new AttendanceSheet(view, rows);
	}

	@Override
	public void record(UUID sessionId, List<AttendanceInput> rows) {
		access.requireStaff();
		Offering offering = offeringOfSession(sessionId);
		CompletionRule rule = courses.findById(offering.getCourseId()).orElseThrow().completionRule();
		List<CompletionRule.Slot> slots = TrainingViews.slots(offering);
		Map<UUID, TrainingApplication> participants = participants(offering.getId()).stream()
			.collect(Collectors.toMap(TrainingApplication::getId, Function.identity()));
		for (AttendanceInput row : rows) {
			TrainingApplication application = participants.get(row.applicationId());
			if (application == null) {
				throw new IllegalArgumentException("Application " + row.applicationId() + " is not a participant");
			}
			application.checkVersion(row.version());
			application.recordAttendance(sessionId, row.status(), row.missedMinutes(), row.madeUp(), rule, slots,
					clock.instant());
		}
		audit.record(AuditAction.UPDATE, "TrainingAttendance", sessionId.toString(), rows.size() + " participants");
	}

	@Override
	public int issueCertificates(UUID offeringId) {
		access.requireStaff();
		Offering offering = offerings.findForUpdate(offeringId)
			.orElseThrow(() -> new RecordNotFoundException(CourseService.OFFERING, offeringId));
		int issued = 0;
		for (TrainingApplication application : applications.findByOfferingIdAndCompletedTrueOrderByKana(offeringId)) {
			if (application.getCertificateNumber() == null) {
				issue(application, offering);
				issued++;
			}
		}
		audit.record(AuditAction.UPDATE, CourseService.OFFERING, offeringId.toString(), issued + " certificates issued");
		return issued;
	}

	@Override
	public PdfFile certificate(UUID applicationId) {
		access.requireStaff();
		TrainingApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new RecordNotFoundException(ApplicationService.TARGET, applicationId));
		Offering offering = offerings.findForUpdate(application.getOfferingId()).orElseThrow();
		if (application.getCertificateNumber() == null) {
			issue(application, offering);
		}
		byte[] content = pdf.render(List.of(content(application, offering)));
		audit.record(AuditAction.EXPORT, "TrainingCertificate", applicationId.toString(),
				application.getCertificateNumber());
		return new PdfFile(content, "修了証_" + application.getName().replace(" ", "").replace("　", "") + ".pdf",
				"certificate-" + application.getCertificateNumber() + ".pdf");
	}

	@Override
	public PdfFile certificates(UUID offeringId) {
		issueCertificates(offeringId);
		Offering offering = offerings.findById(offeringId).orElseThrow();
		List<CertificatePdf.Content> pages = applications.findByOfferingIdAndCompletedTrueOrderByKana(offeringId)
			.stream()
			.map(application -> content(application, offering))
			.toList();
		if (pages.isEmpty()) {
			throw new IllegalStateException("Nobody has completed offering " + offeringId);
		}
		audit.record(AuditAction.EXPORT, "TrainingCertificate", offeringId.toString(), pages.size() + " pages");
		return new PdfFile(pdf.render(pages), "修了証_" + offering.getTitle() + ".pdf",
				"certificates-" + offeringId + ".pdf");
	}

	@Override
	@Transactional(readOnly = true)
	public CertificateCheck verify(String number) {
		return applications.findByCertificateNumber(number.strip())
			.filter(TrainingApplication::isCompleted)
			.map(application -> new CertificateCheck(application.getCertificateNumber(), true,
					offerings.findById(application.getOfferingId())
						.flatMap(offering -> courses.findById(offering.getCourseId()))
						.map(Course::getTitle)
						.orElse(null),
					application.getCompletedOn()))
			.orElseGet(() -> CertificateCheck.invalid(number));
	}

	private void issue(TrainingApplication application, Offering offering) {
		String prefix = "TC" + offering.getFiscalYear() + "-";
		long next = applications.countCertificatesLike(prefix + "%") + 1;
		application.issueCertificate(prefix + String.format("%04d", next), LocalDate.now(clock.withZone(JapaneseDates.JST)));
		applications.saveAndFlush(application);
	}

	private CertificatePdf.Content content(TrainingApplication application, Offering offering) {
		int minutes = offering.getSessions().stream().mapToInt(TrainingSession::getMinutes).sum();
		String hours = minutes % 60 == 0 ? "全" + (minutes / 60) + "時間" : "全" + (minutes / 60) + "時間" + (minutes % 60) + "分";
		return new CertificatePdf.Content(application.getCertificateNumber(), application.getName(), offering.getTitle(),
				hours, dates.wareki(application.getCompletedOn()), dates.wareki(application.getCertificateIssuedOn()));
	}

	private List<TrainingApplication> participants(UUID offeringId) {
		return applications.findByOfferingIdAndStatusOrderByName(offeringId, ApplicationStatus.ACCEPTED);
	}

	private Offering offeringOfSession(UUID sessionId) {
		return offerings.findBySessionId(sessionId)
			.orElseThrow(() -> new RecordNotFoundException("TrainingSession", sessionId));
	}
}

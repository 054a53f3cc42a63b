package org.tsunagu.consultation.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationRecorded;
import org.tsunagu.consultation.PublicConsultationIntake;
import org.tsunagu.consultation.PublicConsultationRequest;
import org.tsunagu.consultation.WebContact;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;

/**
 * The public web form's side of the intake: no login, so no scope to check on the way in — the consultation
 * lands as 未対応 with channel Web and the sender gets only a fresh reference number. Staff read the contact
 * within their 圏域, like the consultation itself.
 */
@Service
@Transactional
class WebConsultationService implements PublicConsultationIntake {

	/** Shown as 受付者 of a web consultation until staff take it up. */
	static final String WEB_FORM = "Web相談フォーム";

	private static final int ATTEMPTS = 5;

	private final ConsultationRepository consultations;

	private final WebSubmissionRepository submissions;

	private final ReferenceData reference;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReferenceNumbers numbers;

	WebConsultationService(ConsultationRepository consultations, WebSubmissionRepository submissions,
			ReferenceData reference, AuditLog audit, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.consultations = consultations;
		this.submissions = submissions;
		this.reference = reference;
		this.audit = audit;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.numbers = new ReferenceNumbers(this.clock);
	}

	@Override
	public String submit(PublicConsultationRequest request) {
		String region = region(request);
		ConsultationInput input = new ConsultationInput(clock.instant(), ConsultationChannel.WEB, request.relation(),
				request.name(), request.organisation(), blankToNull(request.municipalityCode()), region,
				ChildLink.UNKNOWN, null, EnumSet.copyOf(request.topics()), request.content(), null, null);
		Consultation consultation = consultations.save(Consultation.fromWebForm(input, region, WEB_FORM));
		String number = freshNumber();
		submissions.save(new WebSubmission(consultation.getId(), number, blankToNull(request.phone()),
				blankToNull(request.email()), request.consentToContact()));
		audit.record(AuditAction.CREATE, ConsultationService.TARGET, consultation.getId().toString(),
				"channel=WEB region=" + region);
		events.publishEvent(new ConsultationRecorded(consultation.getId()));
		return number;
	}

	@Override
	@Transactional(readOnly = true)
	public String decoyReferenceNumber() {
		return numbers.next();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WebContact> contactFor(UUID consultationId) {
		var scope = CurrentUsers.require().scope();
		return consultations.findById(consultationId)
			.filter(consultation -> scope.permitsRegion(consultation.getRegionName()))
			.flatMap(consultation -> submissions.findByConsultationId(consultationId))
			.map(WebSubmission::contact);
	}

	/** The consultation a reference number belongs to (staff search by the number the sender quotes). */
	@Transactional(readOnly = true)
	Optional<UUID> consultationOf(String referenceNumber) {
		return submissions.findByReferenceNumber(referenceNumber).map(WebSubmission::getConsultationId);
	}

	private String freshNumber() {
		for (int i = 0; i < ATTEMPTS; i++) {
			String number = numbers.next();
			if (!submissions.existsByReferenceNumber(number)) {
				return number;
			}
		}
		throw new IllegalStateException("No free reference number after " + ATTEMPTS + " attempts");
	}

	private String region(PublicConsultationRequest request) {
		String code = blankToNull(request.municipalityCode());
		if (code != null) {
			if (!MunicipalityCode.isValid(code)) {
				throw new UnknownPlaceException("Unknown municipality " + code);
			}
			return reference.municipality(new MunicipalityCode(code))
				.map(MunicipalityView::regionName)
				.orElseThrow(() -> new UnknownPlaceException("Unknown municipality " + code));
		}
		String region = request.regionName();
		if (region == null || reference.region(region).isEmpty()) {
			throw new UnknownPlaceException("Unknown region " + region);
		}
		return region;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

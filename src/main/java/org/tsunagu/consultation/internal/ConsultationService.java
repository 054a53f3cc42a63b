package org.tsunagu.consultation.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationDetails;
import org.tsunagu.consultation.ConsultationFilter;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationListItem;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.ConsultationRecorded;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.shared.CappedCount;
import org.tsunagu.shared.CappedCountQuery;
import org.tsunagu.shared.CappedPage;
import org.tsunagu.shared.RecordNotFoundException;

import jakarta.persistence.EntityManager;

/**
 * The consultation use cases: scope-checked by 圏域, audited, versioned. A linked child is checked through the
 * registry's own API, which refuses children the caller may not see.
 */
@Service
@Transactional
class ConsultationService implements ConsultationManagement {

	static final String TARGET = "Consultation";

	private final ConsultationRepository consultations;

	private final ReferenceData reference;

	private final ChildManagement children;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	ConsultationService(ConsultationRepository consultations, ReferenceData reference, ChildManagement children,
			AuditLog audit, ApplicationEventPublisher events, EntityManager entityManager) {
		this.consultations = consultations;
		this.entityManager = entityManager;
		this.reference = reference;
		this.children = children;
		this.audit = audit;
		this.events = events;
	}

	@Override
	public UUID record(ConsultationInput input) {
		CurrentUser user = CurrentUsers.require();
		String region = checkedRegion(input);
		Consultation consultation = new Consultation(input, region, user.displayName());
		consultations.save(consultation);
		audit.record(AuditAction.CREATE, TARGET, consultation.getId().toString(), "region=" + region);
		events.publishEvent(new ConsultationRecorded(consultation.getId()));
		return consultation.getId();
	}

	@Override
	public void update(UUID id, long version, ConsultationInput input) {
		Consultation consultation = loadInScope(id);
		consultation.checkVersion(version);
		String region = checkedRegion(input);
		consultation.apply(input, region);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "region=" + region);
	}

	@Override
	@Transactional(readOnly = true)
	public ConsultationDetails get(UUID id) {
		Consultation consultation = loadInScope(id);
		audit.record(AuditAction.READ, TARGET, id.toString(), null);
		return ConsultationViews.details(consultation, municipalityName(consultation.getMunicipalityCode()));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ConsultationListItem> search(ConsultationFilter filter, Pageable pageable) {
		CappedCount.checkOffset(pageable);
		var spec = ConsultationSpecifications.matching(filter, CurrentUsers.require().scope());
		// A slice (one row more than the page) and a capped count: never count(*) over 600,000 consultations.
		Slice<Consultation> slice = consultations.findBy(spec, query -> query.slice(pageable));
		return CappedPage.of(slice, () -> CappedCountQuery.count(entityManager, Consultation.class, spec))
			.map(ConsultationViews::listItem);
	}

	@Override
	public void close(UUID id, long version) {
		Consultation consultation = loadInScope(id);
		consultation.checkVersion(version);
		consultation.close();
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "status=CLOSED");
	}

	private Consultation loadInScope(UUID id) {
		Consultation consultation = consultations.findById(id)
			.orElseThrow(() -> new RecordNotFoundException(TARGET, id));
		CurrentUsers.require().scope().checkRegion(consultation.getRegionName());
		return consultation;
	}

	/** The 圏域 the consultation belongs to, checked against the caller's scope, and the linked child's access. */
	private String checkedRegion(ConsultationInput input) {
		String region = region(input);
		CurrentUsers.require().scope().checkRegion(region);
		if (input.childLink() == ChildLink.LINKED && input.childId() != null) {
			children.get(input.childId());
		}
		return region;
	}

	private String region(ConsultationInput input) {
		String code = input.municipalityCode();
		if (code != null && !code.isBlank()) {
			return municipality(code).regionName();
		}
		String region = input.regionName();
		if (region == null || reference.region(region).isEmpty()) {
			throw new UnknownPlaceException("Unknown region " + region);
		}
		return region;
	}

	private MunicipalityView municipality(String code) {
		if (!MunicipalityCode.isValid(code)) {
			throw new UnknownPlaceException("Unknown municipality " + code);
		}
		return reference.municipality(new MunicipalityCode(code))
			.orElseThrow(() -> new UnknownPlaceException("Unknown municipality " + code));
	}

	private @Nullable String municipalityName(@Nullable String code) {
		if (code == null || !MunicipalityCode.isValid(code)) {
			return code;
		}
		return reference.municipality(new MunicipalityCode(code)).map(MunicipalityView::name).orElse(code);
	}
}

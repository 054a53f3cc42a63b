package org.tsunagu.institution.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionFilter;
import org.tsunagu.institution.InstitutionInput;
import org.tsunagu.institution.InstitutionListItem;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.institution.InvalidInstitutionException;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The institution use cases: edit rights by role and 圏域, versioned, changes audited.
 */
@Service
@Transactional
class InstitutionService implements InstitutionManagement {

	static final String TARGET = "Institution";

	private final InstitutionRepository institutions;

	private final InstitutionAccessPolicy access;

	private final ReferenceData reference;

	private final AuditLog audit;

	InstitutionService(InstitutionRepository institutions, InstitutionAccessPolicy access, ReferenceData reference,
			AuditLog audit) {
		this.institutions = institutions;
		this.access = access;
		this.reference = reference;
		this.audit = audit;
	}

	@Override
	public UUID register(InstitutionInput input) {
		MunicipalityView municipality = municipality(input.municipalityCode());
		access.checkMayEditIn(municipality.regionName());
		Institution institution = new Institution(input, municipality.regionName());
		checkOfficeNumber(input, institution.getId());
		institutions.save(institution);
		audit.record(AuditAction.CREATE, TARGET, institution.getId().toString(), "region=" + municipality.regionName());
		return institution.getId();
	}

	@Override
	public void update(UUID id, long version, InstitutionInput input) {
		Institution institution = loadForChange(id);
		access.checkMayEditIn(institution.getRegionName());
		institution.checkVersion(version);
		MunicipalityView municipality = municipality(input.municipalityCode());
		access.checkMayEditIn(municipality.regionName());
		checkOfficeNumber(input, id);
		institution.apply(input, municipality.regionName());
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "region=" + municipality.regionName());
	}

	@Override
	@Transactional(readOnly = true)
	public InstitutionDetails get(UUID id) {
		Institution institution = load(id);
		String name = municipalityNames().getOrDefault(institution.getMunicipalityCode(), "");
		return InstitutionViews.details(institution, name, JapaneseDates.today());
	}

	@Override
	@Transactional(readOnly = true)
	public InstitutionDetails getForEdit(UUID id) {
		InstitutionDetails details = get(id);
		access.checkMayEditIn(details.regionName());
		return details;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<InstitutionListItem> search(InstitutionFilter filter, Pageable pageable) {
		var today = JapaneseDates.today();
		Map<String, String> names = municipalityNames();
		return institutions.findAll(InstitutionSpecifications.matching(filter, today), pageable)
			.map(institution -> InstitutionViews.listItem(institution, names, today));
	}

	@Override
	public void confirm(UUID id, long version) {
		Institution institution = load(id);
		access.checkMayEditIn(institution.getRegionName());
		institution.checkVersion(version);
		institution.confirm(JapaneseDates.today());
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "confirmed");
	}

	@Override
	public void retire(UUID id, long version, LocalDate on, String reason) {
		Institution institution = load(id);
		access.checkMayEditIn(institution.getRegionName());
		institution.checkVersion(version);
		institution.retire(on, reason);
		audit.record(AuditAction.DELETE, TARGET, id.toString(), "retired on " + on);
	}

	@Override
	public void reinstate(UUID id, long version) {
		Institution institution = load(id);
		access.checkMayEditIn(institution.getRegionName());
		institution.checkVersion(version);
		institution.reinstate();
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "reinstated");
	}

	private Institution loadForChange(UUID id) {
		return institutions.findForChange(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}

	private Institution load(UUID id) {
		return institutions.findById(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}

	private void checkOfficeNumber(InstitutionInput input, UUID id) {
		String number = input.officeNumber();
		if (number != null && !number.isBlank() && institutions.isOfficeNumberUsedByOther(number.strip(), id)) {
			throw new InvalidInstitutionException("officeNumber", "institution.officeNumber.used");
		}
	}

	private MunicipalityView municipality(String code) {
		if (!MunicipalityCode.isValid(code)) {
			throw new InvalidInstitutionException("municipalityCode", "institution.municipality.unknown");
		}
		return reference.municipality(new MunicipalityCode(code))
			.orElseThrow(() -> new InvalidInstitutionException("municipalityCode", "institution.municipality.unknown"));
	}

	private Map<String, String> municipalityNames() {
		return reference.municipalities(null)
			.stream()
			.collect(Collectors.toMap(m -> m.code().value(), MunicipalityView::name, (a, b) -> a));
	}
}

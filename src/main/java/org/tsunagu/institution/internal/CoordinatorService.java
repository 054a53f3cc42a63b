package org.tsunagu.institution.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.institution.CoordinatorFilter;
import org.tsunagu.institution.CoordinatorInput;
import org.tsunagu.institution.CoordinatorManagement;
import org.tsunagu.institution.CoordinatorView;
import org.tsunagu.institution.CoverageRow;
import org.tsunagu.institution.InvalidInstitutionException;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.KanaText;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The coordinator roster: read by the 関係機関 area, changed by its editors within their 圏域, audited. The
 * roster is small (a few per 圏域), so it is filtered in memory.
 */
@Service
@Transactional
class CoordinatorService implements CoordinatorManagement {

	static final String TARGET = "Coordinator";

	private final CoordinatorRepository coordinators;

	private final InstitutionRepository institutions;

	private final InstitutionAccessPolicy access;

	private final ReferenceData reference;

	private final AuditLog audit;

	CoordinatorService(CoordinatorRepository coordinators, InstitutionRepository institutions,
			InstitutionAccessPolicy access, ReferenceData reference, AuditLog audit) {
		this.coordinators = coordinators;
		this.institutions = institutions;
		this.access = access;
		this.reference = reference;
		this.audit = audit;
	}

	@Override
	public UUID register(CoordinatorInput input) {
		access.checkMayEditIn(input.regionName());
		String directoryName = checked(input);
		var existing = coordinators
			.findByNaturalKey(Coordinator.naturalKey(input.name(), input.kana(), input.regionName()));
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		Coordinator coordinator = coordinators.save(new Coordinator(input, directoryName));
		audit.record(AuditAction.CREATE, TARGET, coordinator.getId().toString(), "region=" + input.regionName());
		return coordinator.getId();
	}

	@Override
	public void update(UUID id, long version, CoordinatorInput input) {
		Coordinator coordinator = load(id);
		access.checkMayEditIn(coordinator.getRegionName());
		access.checkMayEditIn(input.regionName());
		coordinator.checkVersion(version);
		String directoryName = checked(input);
		coordinators.findByNaturalKey(Coordinator.naturalKey(input.name(), input.kana(), input.regionName()))
			.filter(other -> !other.getId().equals(id))
			.ifPresent(other -> {
				throw new InvalidInstitutionException("name", "institution.coordinator.duplicate");
			});
		coordinator.apply(input, directoryName);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "region=" + input.regionName());
	}

	@Override
	public void deactivate(UUID id, long version) {
		Coordinator coordinator = loadForChange(id, version);
		coordinator.deactivate();
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "inactive");
	}

	@Override
	public void reactivate(UUID id, long version) {
		Coordinator coordinator = loadForChange(id, version);
		coordinator.reactivate();
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "active");
	}

	@Override
	@Transactional(readOnly = true)
	public CoordinatorView get(UUID id) {
		access.checkMayRead();
		return view(load(id), municipalityNames());
	}

	@Override
	@Transactional(readOnly = true)
	public List<CoordinatorView> search(CoordinatorFilter filter) {
		access.checkMayRead();
		Map<String, String> regionsOf = reference.municipalities(null)
			.stream()
			.collect(Collectors.toMap(m -> m.code().value(), MunicipalityView::regionName, (a, b) -> a));
		Map<String, Integer> regionOrder = reference.regions(true)
			.stream()
			.collect(Collectors.toMap(RegionView::name, RegionView::sortOrder, (a, b) -> a));
		String text = filter.text() == null || filter.text().isBlank() ? null
				: KanaText.searchKey(filter.text().replaceAll("[\\s　]", ""));
		Map<String, String> names = municipalityNames();
		return coordinators.findAll()
			.stream()
			.filter(c -> !filter.activeOnly() || c.isActive())
			.filter(c -> isBlank(filter.region()) || c.getRegionName().equals(filter.region()))
			.filter(c -> isBlank(filter.municipalityCode()) || c.covers(filter.municipalityCode(),
					regionsOf.getOrDefault(filter.municipalityCode(), "")))
			.filter(c -> text == null || c.getNaturalKey().contains(text))
			.sorted(Comparator.comparing((Coordinator c) -> regionOrder.getOrDefault(c.getRegionName(), 999))
				.thenComparing(Coordinator::getKana))
			.map(c -> view(c, names))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CoverageRow> coverage() {
		access.checkMayRead();
		return CoverageCalculator.coverage(reference.activeMunicipalitiesByRegion(reference.regions(false)),
				coordinators.findAll());
	}

	/** Checks the 圏域, municipalities and organisation; returns the directory's name of the organisation. */
	private @Nullable String checked(CoordinatorInput input) {
		if (reference.region(input.regionName()).isEmpty()) {
			throw new InvalidInstitutionException("regionName", "institution.coordinator.region.unknown");
		}
		for (String code : input.municipalityCodes()) {
			if (!MunicipalityCode.isValid(code) || reference.municipality(new MunicipalityCode(code)).isEmpty()) {
				throw new InvalidInstitutionException("municipalityCodes", "institution.municipality.unknown");
			}
		}
		if (input.organisationId() == null) {
			return null;
		}
		return institutions.findById(input.organisationId())
			.map(Institution::getName)
			.orElseThrow(() -> new InvalidInstitutionException("organisationId",
					"institution.coordinator.organisation.unknown"));
	}

	private Coordinator loadForChange(UUID id, long version) {
		Coordinator coordinator = load(id);
		access.checkMayEditIn(coordinator.getRegionName());
		coordinator.checkVersion(version);
		return coordinator;
	}

	private Coordinator load(UUID id) {
		return coordinators.findById(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}

	private Map<String, String> municipalityNames() {
		return reference.municipalities(null)
			.stream()
			.collect(Collectors.toMap(m -> m.code().value(), MunicipalityView::name, (a, b) -> a));
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static CoordinatorView view(Coordinator c, Map<String, String> names) {
		List<String> codes = c.getMunicipalityCodes();
		return new CoordinatorView(c.getId(), c.getVersion(), c.getName(), c.getKana(), c.getOrganisationId(),
				c.getOrganisationName(), c.getRegionName(), codes,
				codes.stream().map(code -> names.getOrDefault(code, code)).toList(), c.getCourse(),
				c.getCompletedYear(), c.isActive(), c.getNotes());
	}
}

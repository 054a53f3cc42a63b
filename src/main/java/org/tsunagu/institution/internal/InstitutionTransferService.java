package org.tsunagu.institution.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.institution.ImportReport;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionFilter;
import org.tsunagu.institution.InstitutionTransfer;
import org.tsunagu.institution.internal.InstitutionImport.Planned;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;

/**
 * Import and export of institutions. An import is checked whole before anything is written, and written in one
 * transaction: all rows or none.
 */
@Service
@Transactional
class InstitutionTransferService implements InstitutionTransfer {

	/** The public directory is a page of a web site, not a list: more than this is cut. */
	static final int DIRECTORY_MAX = 10_000;

	private final InstitutionRepository institutions;

	private final InstitutionAccessPolicy access;

	private final ReferenceData reference;

	private final ImportVocabulary words;

	private final AuditLog audit;

	private final InstitutionExportReader reader;

	InstitutionTransferService(InstitutionRepository institutions, InstitutionAccessPolicy access,
			ReferenceData reference, ImportVocabulary words, AuditLog audit, InstitutionExportReader reader) {
		this.institutions = institutions;
		this.access = access;
		this.reference = reference;
		this.words = words;
		this.audit = audit;
		this.reader = reader;
	}

	@Override
	public ImportReport importTable(org.tsunagu.shared.TabularFile table) {
		if (!InstitutionAccessPolicy.mayEdit(CurrentUsers.require())) {
			throw new org.springframework.security.access.AccessDeniedException("May not import institutions");
		}
		InstitutionImport reading = new InstitutionImport(words, new RepositoryLookup(), JapaneseDates.today());
		reading.read(table);
		if (!reading.problems().isEmpty()) {
			return new ImportReport(0, 0, 0, reading.problems());
		}
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Planned row : reading.planned()) {
			if (!row.changes()) {
				unchanged++;
			}
			else if (row.existing() == null) {
				Institution institution = institutions.save(new Institution(row.input(), row.regionName()));
				audit.record(AuditAction.CREATE, InstitutionService.TARGET, institution.getId().toString(),
						"import line " + row.line());
				created++;
			}
			else {
				Institution institution = institutions.findForChange(row.existing().getId()).orElseThrow();
				institution.apply(row.input(), row.regionName());
				audit.record(AuditAction.UPDATE, InstitutionService.TARGET, institution.getId().toString(),
						"import line " + row.line());
				updated++;
			}
		}
		audit.record(AuditAction.CREATE, InstitutionService.TARGET, null,
				"import: created=" + created + " updated=" + updated + " unchanged=" + unchanged);
		return new ImportReport(created, updated, unchanged, List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public void export(InstitutionFilter filter, Consumer<InstitutionDetails> row) {
		access.checkMayRead();
		var today = JapaneseDates.today();
		Specification<Institution> matching = InstitutionSpecifications.matching(filter, today);
		// Streamed in chunks (InstitutionExportReader), so the whole filtered list is exported, however long.
		long rows = institutions.count(matching);
		audit.record(AuditAction.EXPORT, InstitutionService.TARGET, null, "export of " + rows + " entries");
		Map<String, String> names = municipalityNames();
		reader.forEach(matching,
				i -> row.accept(InstitutionViews.details(i, names.getOrDefault(i.getMunicipalityCode(), ""), today)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<InstitutionDetails> publicDirectory(InstitutionFilter filter) {
		InstitutionFilter withoutRetired = new InstitutionFilter(filter.text(), filter.region(),
				filter.municipalityCode(), filter.field(), filter.kind(), filter.careItems(), false, false);
		var today = JapaneseDates.today();
		Map<String, String> names = municipalityNames();
		return institutions
			.findAll(InstitutionSpecifications.matching(withoutRetired, today)
				.and((root, query, cb) -> cb.isTrue(root.get("profile").get("publicListing"))),
					PageRequest.of(0, DIRECTORY_MAX, Sort.by("regionName", "kana")))
			.map(i -> withoutContacts(InstitutionViews.details(i, names.getOrDefault(i.getMunicipalityCode(), ""),
					today)))
			.getContent();
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<InstitutionDetails> publicEntry(java.util.UUID id) {
		var today = JapaneseDates.today();
		return institutions.findById(id)
			.filter(i -> !i.isRetired() && i.getProfile().isPublicListing())
			.map(i -> withoutContacts(InstitutionViews.details(i, municipalityNames().getOrDefault(
					i.getMunicipalityCode(), ""), today)));
	}

	/** The public never sees the people to contact, only the institution's own phone and mail. */
	private static InstitutionDetails withoutContacts(InstitutionDetails d) {
		return new InstitutionDetails(d.id(), d.version(), d.name(), d.kana(), d.kind(), d.officeNumber(),
				d.postalCode(), d.address(), d.municipalityCode(), d.municipalityName(), d.regionName(), d.phone(),
				d.email(), d.website(), d.ageMin(), d.ageMax(), d.capacity(), d.waitingStatus(), d.lastConfirmedOn(),
				d.stale(), d.publicListing(), null, List.of(), d.capabilities(), d.retired(), null, null);
	}

	private Map<String, String> municipalityNames() {
		return reference.municipalities(null)
			.stream()
			.collect(Collectors.toMap(m -> m.code().value(), MunicipalityView::name, (a, b) -> a));
	}

	private final class RepositoryLookup implements InstitutionImport.Lookup {

		@Override
		public @Nullable MunicipalityView municipalityByCode(String code) {
			return reference.municipality(new MunicipalityCode(code)).orElse(null);
		}

		@Override
		public List<MunicipalityView> municipalitiesByName(String name) {
			return reference.municipalities(null).stream().filter(m -> m.name().equals(name)).toList();
		}

		@Override
		public @Nullable Institution byOfficeNumber(String officeNumber) {
			return institutions.findByOfficeNumber(officeNumber).orElse(null);
		}

		@Override
		public List<Institution> byName(String name, String municipalityCode) {
			return institutions.findByNameIn(name, municipalityCode);
		}

		@Override
		public boolean mayEditIn(String regionName) {
			var user = CurrentUsers.require();
			return InstitutionAccessPolicy.mayEdit(user) && user.scope().permitsRegion(regionName);
		}
	}
}

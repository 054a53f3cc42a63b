package org.tsunagu.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.PasswordConfirmation;
import org.tsunagu.identity.Role;
import org.tsunagu.reference.RegionView;
import org.tsunagu.registry.ChildFigures;
import org.tsunagu.registry.ChildStatistics;
import org.tsunagu.reporting.DataProvision;
import org.tsunagu.reporting.Dataset;
import org.tsunagu.reporting.DatasetKind;
import org.tsunagu.reporting.DatasetLevel;

/**
 * Suppressed datasets for the prefecture and the public, and the person-level export for the センター長.
 */
@Service
@Transactional(readOnly = true)
class DataProvisionService implements DataProvision {

	static final String TARGET = "Dataset";

	private final ChildStatistics statistics;

	private final DatasetBuilder builder;

	private final Places places;

	private final ReportAccess access;

	private final AuditLog audit;

	private final PasswordConfirmation passwords;

	private final PersonLevelExport personLevel;

	DataProvisionService(ChildStatistics statistics, DatasetBuilder builder, Places places, ReportAccess access,
			AuditLog audit, PasswordConfirmation passwords, PersonLevelExport personLevel) {
		this.statistics = statistics;
		this.builder = builder;
		this.places = places;
		this.access = access;
		this.audit = audit;
		this.passwords = passwords;
		this.personLevel = personLevel;
	}

	@Override
	public Dataset dataset(LocalDate asOf, DatasetLevel level, DatasetKind kind, @Nullable String region) {
		AccessScope scope = access.scopeFor(region);
		String shown = ReportAccess.regionFor(scope, region);
		return build(scope, shown, level, kind, asOf);
	}

	@Override
	public byte[] datasetCsv(LocalDate asOf, DatasetLevel level, DatasetKind kind, @Nullable String region) {
		Dataset dataset = dataset(asOf, level, kind, region);
		audit.record(AuditAction.EXPORT, TARGET, level + "/" + kind, "csv asOf=" + asOf + " region=" + region);
		return DatasetFiles.csv(dataset);
	}

	@Override
	public byte[] datasetWorkbook(LocalDate asOf, DatasetLevel level, DatasetKind kind, @Nullable String region) {
		Dataset dataset = dataset(asOf, level, kind, region);
		audit.record(AuditAction.EXPORT, TARGET, level + "/" + kind, "xlsx asOf=" + asOf + " region=" + region);
		return DatasetFiles.workbook(dataset);
	}

	/** Open data covers the whole prefecture and is public: it is built only from suppressed counts. */
	@Override
	public Dataset openData(LocalDate asOf) {
		return build(AccessScope.all(), null, DatasetLevel.REGION, DatasetKind.CARE_ITEMS, asOf);
	}

	@Override
	public byte[] openDataCsv(LocalDate asOf) {
		return DatasetFiles.csv(openData(asOf));
	}

	@Override
	public byte[] personLevelCsv(String password) {
		CurrentUser user = CurrentUsers.require();
		if (user.role() != Role.CENTER_DIRECTOR) {
			audit.record(AuditAction.EXPORT, "PersonLevelExport", null, "refused: role " + user.role());
			throw new AccessDeniedException("Only the center director may export person-level data");
		}
		if (!passwords.confirm(password, "person-level export")) {
			throw new BadPasswordException();
		}
		Instant at = Instant.now();
		byte[] file = personLevel.csv(user, at);
		audit.record(AuditAction.EXPORT, "PersonLevelExport", null, "enrolled children csv at " + at);
		return file;
	}

	private Dataset build(AccessScope scope, @Nullable String region, DatasetLevel level, DatasetKind kind,
			LocalDate asOf) {
		ChildFigures figures = statistics.count(scope, region, asOf);
		List<RegionView> regions = places.regions(scope, region);
		return builder.build(figures, regions, level, kind, asOf);
	}
}

package org.tsunagu.reference.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * What an administrator does with 圏域: list them with their municipalities' count and correct what is
 * shown about them. The name is the key other modules store and cannot be edited.
 */
@Service
public class RegionAdministration {

	private final RegionRepository regions;

	private final MunicipalityRepository municipalities;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	RegionAdministration(RegionRepository regions, MunicipalityRepository municipalities, AuditLog auditLog,
			ApplicationEventPublisher events) {
		this.regions = regions;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.events = events;
	}

	/** Every region in display order, retired ones included. */
	@Transactional(readOnly = true)
	public List<Region> findAll() {
		return regions.findAllByOrderBySortOrderAscNameAsc();
	}

	/** Every region in display order with the number of its municipalities. */
	@Transactional(readOnly = true)
	public List<RegionSummary> summaries() {
		Map<String, Long> counts = new HashMap<>();
		for (Object[] row : municipalities.countByRegionName()) {
			counts.put((String) row[0], ((Number) row[1]).longValue());
		}
		return findAll().stream()
			.map(region -> new RegionSummary(region, counts.getOrDefault(region.getName(), 0L)))
			.toList();
	}

	/** The region with the name. */
	@Transactional(readOnly = true)
	public Region find(String name) {
		return regions.findByName(name).orElseThrow(() -> new RecordNotFoundException("Region", name));
	}

	/**
	 * Applies an administrator's edit.
	 *
	 * @throws org.tsunagu.shared.StaleRecordException when someone else changed it since it was read
	 */
	@Transactional
	public Region update(String name, RegionChange change) {
		Region region = find(name);
		region.checkVersion(change.version());
		boolean retiring = change.retired() && !region.isRetired();
		region.describe(change.alias().strip(), change.office().strip(), change.officeCity().strip(),
				change.sortOrder());
		region.markRetired(change.retired());
		auditLog.record(retiring ? AuditAction.DELETE : AuditAction.UPDATE, "Region", name,
				"alias=%s, office=%s, retired=%s".formatted(region.getAlias(), region.getOffice(), change.retired()));
		events.publishEvent(new ReferenceDataChanged("Region"));
		return region;
	}
}

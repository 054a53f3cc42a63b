package org.tsunagu.information.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.information.GapInput;
import org.tsunagu.information.GapStatus;
import org.tsunagu.information.GapView;
import org.tsunagu.information.ResourceGapManagement;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * 資源開拓 use cases: staff of the area only, a known 圏域 only, versioned and audited.
 */
@Service
@Transactional
class ResourceGapService implements ResourceGapManagement {

	static final String TARGET = "ResourceGap";

	private final ResourceGapRepository gaps;

	private final ReferenceData reference;

	private final InformationAccessPolicy access;

	private final AuditLog audit;

	ResourceGapService(ResourceGapRepository gaps, ReferenceData reference, InformationAccessPolicy access,
			AuditLog audit) {
		this.gaps = gaps;
		this.reference = reference;
		this.access = access;
		this.audit = audit;
	}

	@Override
	public UUID record(GapInput input) {
		access.checkStaff();
		checkRegion(input.regionName());
		ResourceGap gap = gaps.save(new ResourceGap(input));
		audit.record(AuditAction.CREATE, TARGET, gap.getId().toString(), "region=" + input.regionName());
		return gap.getId();
	}

	@Override
	public void update(UUID id, long version, GapInput input) {
		access.checkStaff();
		checkRegion(input.regionName());
		ResourceGap gap = load(id);
		gap.checkVersion(version);
		gap.apply(input);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "status=" + input.status());
	}

	@Override
	@Transactional(readOnly = true)
	public GapView get(UUID id) {
		access.checkStaff();
		return load(id).view();
	}

	@Override
	@Transactional(readOnly = true)
	public List<GapView> list(@Nullable String regionName, @Nullable GapStatus status) {
		access.checkStaff();
		List<String> order = reference.regions(true).stream().map(RegionView::name).toList();
		return gaps.findAll()
			.stream()
			.filter(gap -> regionName == null || regionName.isBlank() || gap.getRegionName().equals(regionName))
			.filter(gap -> status == null || gap.getStatus() == status)
			.map(ResourceGap::view)
			.sorted(Comparator.comparingInt((GapView gap) -> order.indexOf(gap.regionName()))
				.thenComparing(GapView::status)
				.thenComparing(GapView::title))
			.toList();
	}

	private void checkRegion(String regionName) {
		if (reference.region(regionName).isEmpty()) {
			throw new IllegalArgumentException("Unknown 圏域: " + regionName);
		}
	}

	private ResourceGap load(UUID id) {
		return gaps.findById(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}
}

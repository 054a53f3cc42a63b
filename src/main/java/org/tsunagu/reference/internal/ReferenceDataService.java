package org.tsunagu.reference.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.reference.CareScoreItemView;
import org.tsunagu.reference.DepartmentView;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;

/**
 * Answers other modules' reads from an in-memory {@link ReferenceSnapshot}. The snapshot is read in one
 * read-only transaction on first use and dropped after every committed edit, so readers never see an edit
 * that was rolled back.
 */
@Service
class ReferenceDataService implements ReferenceData {

	private final ReferenceRepositories repositories;

	private final TransactionTemplate readOnly;

	// Counts committed edits, so a snapshot read while an edit commits is not kept.
	private final AtomicLong edits = new AtomicLong();

	private volatile @Nullable ReferenceSnapshot snapshot;

	ReferenceDataService(ReferenceRepositories repositories, PlatformTransactionManager transactions) {
		this.repositories = repositories;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public List<RegionView> regions(boolean includeRetired) {
		return snapshot().regions().stream().filter(region -> includeRetired || !region.retired()).toList();
	}

	@Override
	public Optional<RegionView> region(String name) {
		return Optional.ofNullable(snapshot().regionsByName().get(name));
	}

	@Override
	public List<MunicipalityView> municipalities(@Nullable String regionName) {
		return snapshot().municipalities()
			.stream()
			.filter(municipality -> regionName == null || regionName.equals(municipality.regionName()))
			.toList();
	}

	@Override
	public Optional<MunicipalityView> municipality(MunicipalityCode code) {
		return Optional.ofNullable(snapshot().municipalitiesByCode().get(code.value()));
	}

	@Override
	public List<DepartmentView> departments(boolean includeRetired) {
		return snapshot().departments().stream().filter(department -> includeRetired || !department.retired()).toList();
	}

	@Override
	public List<CareScoreItemView> careScoreItems() {
		return snapshot().careScoreItems();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ReferenceDataChanged event) {
		synchronized (this) {
			edits.incrementAndGet();
			snapshot = null;
		}
	}

	private ReferenceSnapshot snapshot() {
		ReferenceSnapshot current = snapshot;
		if (current != null) {
			return current;
		}
		long seen = edits.get();
		ReferenceSnapshot loaded = readOnly.execute(status -> load());
		synchronized (this) {
			if (edits.get() == seen) {
				snapshot = loaded;
			}
		}
		return loaded;
	}

	private ReferenceSnapshot load() {
		return new ReferenceSnapshot(
				repositories.regions().findAllByOrderBySortOrderAscNameAsc().stream().map(Region::toView).toList(),
				repositories.municipalities().findAllByOrderByCodeAsc().stream().map(Municipality::toView).toList(),
				repositories.departments().findAllByOrderBySortOrderAscDivisionAsc().stream().map(Department::toView).toList(),
				repositories.careScoreItems()
					.findAllByOrderByEffectiveFromAscSortOrderAsc()
					.stream()
					.map(CareScoreItem::toView)
					.toList());
	}
}

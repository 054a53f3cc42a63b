package org.tsunagu.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.shared.RetainedRecords;

import jakarta.persistence.EntityManager;

/**
 * Children who left the registry — 転出, 18歳到達で移行 or 死亡 — past their retention period, counted from the
 * status date. {@link ChildStatus#OTHER} is not counted as leaving: its reason may be a pause, and an enrolled
 * child never is. Disposal anonymises the child and deletes the emergency information (health data); care
 * assessments and disaster-plan statuses stay, without a name, for the statistics.
 */
@Component
class LeftChildRetention implements RetainedRecords {

	static final Set<ChildStatus> LEFT = EnumSet.of(ChildStatus.MOVED_OUT, ChildStatus.TRANSITIONED,
			ChildStatus.DECEASED);

	private final EntityManager entities;

	private final EmergencyInfoRepository emergencyInfo;

	private final Clock clock;

	LeftChildRetention(EntityManager entities, EmergencyInfoRepository emergencyInfo, Clock clock) {
		this.entities = entities;
		this.emergencyInfo = emergencyInfo;
		this.clock = clock;
	}

	@Override
	public String type() {
		return "registry-child";
	}

	@Override
	public String label() {
		return "台帳から離れた児童（転出・移行・死亡）";
	}

	@Override
	public String disposal() {
		return "匿名化（氏名・かな・住所・主治医・自由記述・家族を消去、生年月日は年月のみ、緊急時情報を削除。件数は統計に残す）";
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueRecord> findDue(Instant cutoff) {
		return due(null, cutoff).stream()
			.map(child -> new DueRecord(child.getId(), "【" + child.getRegionName() + "】" + child.getFamilyName() + " "
					+ child.getGivenName() + "（" + child.getBirthDate().getYear() + "年" + child.getBirthDate().getMonthValue()
					+ "月生）" + leaving(child.getStatus()), java.util.Objects.requireNonNull(child.getStatusDate())))
			.toList();
	}

	@Override
	@Transactional
	public Set<UUID> dispose(Collection<UUID> ids, Instant cutoff) {
		Set<UUID> disposed = new LinkedHashSet<>();
		if (ids.isEmpty()) {
			return disposed;
		}
		Instant now = clock.instant();
		for (Child child : due(ids, cutoff)) {
			emergencyInfo.findByChildId(child.getId()).ifPresent(emergencyInfo::delete);
			child.anonymise(now);
			disposed.add(child.getId());
		}
		return disposed;
	}

	private static String leaving(ChildStatus status) {
		return switch (status) {
			case MOVED_OUT -> "転出";
			case TRANSITIONED -> "移行";
			case DECEASED -> "死亡";
			default -> status.name();
		};
	}

	/** Children who left before the cutoff day, not deleted, merged or anonymised yet. */
	private List<Child> due(@Nullable Collection<UUID> ids, Instant cutoff) {
		String jpql = "select c from Child c where c.status in :left and c.statusDate < :day and c.anonymisedAt is null"
				+ " and c.deletedAt is null and c.mergedIntoId is null" + (ids == null ? "" : " and c.id in :ids")
				+ " order by c.statusDate";
		var query = entities.createQuery(jpql, Child.class)
			.setParameter("left", LEFT)
			.setParameter("day", RetainedRecords.cutoffDay(cutoff));
		if (ids != null) {
			query.setParameter("ids", ids);
		}
		return query.getResultList();
	}
}

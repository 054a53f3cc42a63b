package org.tsunagu.consultation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.shared.RetainedRecords;

import jakarta.persistence.EntityManager;

/**
 * Closed cases past their retention period (終結後の保存期間): disposal anonymises the case and the consultation it
 * came from, deletes its timeline, tasks and documents (with their files) and clears the referrals' texts. The
 * rows stay so the statistics keep counting them.
 */
@Component
class ClosedCaseRetention implements RetainedRecords {

	private final EntityManager entities;

	private final ConsultationRetention consultations;

	private final Clock clock;

	ClosedCaseRetention(EntityManager entities, ConsultationRetention consultations, Clock clock) {
		this.entities = entities;
		this.consultations = consultations;
		this.clock = clock;
	}

	@Override
	public String type() {
		return "consultation-case";
	}

	@Override
	public String label() {
		return "終結した相談ケース";
	}

	@Override
	public String disposal() {
		return "匿名化（件名・経過記録・タスク・添付書類・相談者と相談内容を消去し、件数は統計に残す）";
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueRecord> findDue(Instant cutoff) {
		return due(null, cutoff).stream()
			.map(kase -> new DueRecord(kase.getId(),
					"【" + kase.getRegionName() + "】" + kase.getTitle() + "（担当: " + kase.getOwnerName() + "）",
					kase.getClosedOn()))
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
		for (ConsultationCase kase : due(ids, cutoff)) {
			List<UUID> documents = kase.getDocuments().stream().map(CaseDocument::getId).toList();
			if (!documents.isEmpty()) {
				// the bytes go first: they reference the document rows the case is about to drop
				entities.createQuery("delete from CaseDocumentContent d where d.id in :ids")
					.setParameter("ids", documents)
					.executeUpdate();
			}
			entities.createQuery("select r from Referral r where r.caseId = :id", Referral.class)
				.setParameter("id", kase.getId())
				.getResultList()
				.forEach(Referral::anonymise);
			kase.anonymise(now);
			consultations.anonymise(kase.getConsultationId(), now);
			disposed.add(kase.getId());
		}
		return disposed;
	}

	/** Closed, not anonymised cases closed before the cutoff day; only the given ones when ids are given. */
	private List<ConsultationCase> due(@Nullable Collection<UUID> ids, Instant cutoff) {
		String jpql = "select c from ConsultationCase c where c.status = :closed and c.closedOn < :day"
				+ " and c.anonymisedAt is null" + (ids == null ? "" : " and c.id in :ids") + " order by c.closedOn";
		var query = entities.createQuery(jpql, ConsultationCase.class)
			.setParameter("closed", CaseStatus.CLOSED)
			.setParameter("day", RetainedRecords.cutoffDay(cutoff));
		if (ids != null) {
			query.setParameter("ids", ids);
		}
		return query.getResultList();
	}
}
